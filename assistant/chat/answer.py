"""The answer record every chat turn returns, and the citation list it carries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.drafting.model import Draft
    from assistant.eligibility.model import Verdict

__all__ = ["Citation", "Answer", "Citations"]


@dataclass(frozen=True)
class Citation:
    """A clause ID and a quote that is a substring of that clause's text."""

    clause_id: str
    quote: str

    def to_json(self) -> dict:
        return {"clause_id": self.clause_id, "quote": self.quote}


@dataclass(frozen=True)
class Answer:
    """One assistant turn. ``text`` carries inline markers [1], [2] … indexing ``citations``.

    ``verdicts`` and ``draft`` are the checker's and the drafter's own records; they become JSON only in
    ``to_json``, which the CLI and the UI call at the edge.
    """

    text: str
    citations: tuple[Citation, ...] = ()
    mode: str = "offline"
    verdicts: tuple[Verdict, ...] | None = None
    intents: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    draft: Draft | None = None
    model: str | None = None
    questions: tuple[dict, ...] = ()  # facts asked back: {"field", "text", "options"} (quick replies)
    # the verdicts are the conversation's standing ones, carried from an earlier turn, not checked again in this one
    standing: bool = False

    def to_json(self) -> dict:
        out: dict = {
            "answer": self.text,
            "citations": [c.to_json() for c in self.citations],
            "mode": self.mode,
        }
        if self.verdicts is not None:
            out["verdicts"] = [v.to_json() for v in self.verdicts]
            if self.standing:
                out["verdicts_standing"] = True
        out["intents"] = list(self.intents)
        if self.notes:
            out["notes"] = list(self.notes)
        if self.draft is not None:
            out["draft"] = self.draft.to_json()
        if self.questions:
            out["questions"] = [dict(q) for q in self.questions]
        return out


@dataclass
class Citations:
    """Builds the numbered citation list while an answer is composed; repeats reuse their number."""

    items: list[Citation] = field(default_factory=list)

    def mark(self, clause_id: str, quote: str) -> str:
        cite = Citation(clause_id, quote)
        if cite not in self.items:
            self.items.append(cite)
        return f"[{self.items.index(cite) + 1}]"

    def freeze(self) -> tuple[Citation, ...]:
        return tuple(self.items)
