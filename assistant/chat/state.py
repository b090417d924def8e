"""Per-conversation state: what the applicant told us so far, and what the last turn was waiting for."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.eligibility.model import Verdict

__all__ = ["Session", "MAX_HISTORY"]

MAX_HISTORY = 20  # turns kept for the LLM's context; the profile keeps every fact regardless


@dataclass
class Session:
    """Mutable by design: one per browser tab or REPL. Holds no raw messages unless the caller keeps them."""

    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    profile: dict = field(default_factory=dict)
    facts: dict = field(default_factory=dict)  # drafting-only facts: name, employer, position …
    programs: tuple[str, ...] = ()  # the programs the conversation is about
    awaiting: str | None = None  # "eligibility" | "draft" when the last turn asked the user for facts
    history: list[tuple[str, str]] = field(default_factory=list)  # (user, assistant) for the LLM context
    last_verdicts: tuple[Verdict, ...] = ()

    def remember(self, user: str, assistant: str) -> None:
        self.history.append((user, assistant))
        del self.history[:-MAX_HISTORY]

    def reset(self) -> None:
        self.profile.clear()
        self.facts.clear()
        self.programs = ()
        self.awaiting = None
        self.history.clear()
        self.last_verdicts = ()
