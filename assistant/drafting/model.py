"""The drafter's record: a drafted 主要事迹 and the 推荐条件 it speaks to. ``to_json`` is the CLI's draft JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.drafting.limits import FormLimit
from assistant.drafting.text import count_chars

__all__ = ["Draft", "ConditionLink"]


@dataclass(frozen=True)
class ConditionLink:
    """A 推荐条件 the draft speaks to, with a quote from the clause."""

    clause_id: str
    label: str
    quote: str
    terms: tuple[str, ...]

    def to_json(self) -> dict:
        return {"clause_id": self.clause_id, "label": self.label, "quote": self.quote, "terms": list(self.terms)}


@dataclass(frozen=True)
class Draft:
    """A drafted 主要事迹 and everything needed to trust it."""

    text: str
    program: str
    form: FormLimit
    clause_ids: tuple[str, ...] = ()
    conditions: tuple[ConditionLink, ...] = ()
    unsupported: tuple[str, ...] = ()
    mode: str = "offline"
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    omitted: tuple[str, ...] = ()  # facts left out (or cut) for want of space
    removed: tuple[str, ...] = ()  # what the model wrote that the facts did not back, now taken out
    suggestions: tuple[str, ...] = field(default=())  # questions whose answers would improve the draft

    @property
    def char_count(self) -> int:
        return count_chars(self.text)

    @property
    def limit(self) -> int:
        return self.form.limit

    def to_json(self) -> dict[str, Any]:
        from assistant.pii import redact_value

        return redact_value({  # the JSON a shell prints or stores: no 身份证号/手机号 in any field (omitted too)
            "text": self.text, "char_count": self.char_count, "limit": self.limit,
            "clause_ids": list(self.clause_ids), "unsupported": list(self.unsupported),
            "program": self.program, "mode": self.mode, **self.form.to_json(),
            "conditions": [c.to_json() for c in self.conditions],
            "notes": list(self.notes), "warnings": list(self.warnings), "omitted": list(self.omitted),
            "removed": list(self.removed), "suggestions": list(self.suggestions),
        })
