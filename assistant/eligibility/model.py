"""Records of the eligibility checker: rule rows, their outcomes, reasons and the verdict.

A rule row is data: id, the clause it comes from, the quoted sentence, its kind, a small predicate,
and how the applicant could satisfy it (``Fix``), which the nearest-path search reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "VERDICTS", "VERDICT_LABELS", "REASON_MARKS", "UNNEEDED_MARK", "UNNEEDED_NOTE", "KINDS", "Outcome", "Fix", "Rule", "Program", "Reason",
    "Note", "Verdict",
]

VERDICTS: tuple[str, ...] = ("eligible", "not_eligible", "needs_review", "direct_recognition")
# The one table of verdict labels: the checker's summaries, the chat and the UI cards all read it.
VERDICT_LABELS = {
    "eligible": "符合条件",
    "not_eligible": "不符合条件",
    "needs_review": "需要人工核实",
    "direct_recognition": "可直接认定",
}

# A reason's outcome as a mark: met, failed, not yet known (the chat, the CLI and the UI cards all show these).
REASON_MARKS = {True: "✓", False: "✗", None: "？"}
# an open alternative under 可直接认定 (``decisive.unneeded``): neither met nor open, the first place stands for it
UNNEEDED_MARK = "－"
UNNEEDED_NOTE = "已可直接认定，此项无需另行满足"

# The kinds of row. "direct" (第四届's direct recognition) is a path that makes the alternatives unnecessary.
KINDS: tuple[str, ...] = (
    "hard", "soft", "alternative", "exemption", "exclusion_hard", "exclusion_soft", "direct", "info",
)


@dataclass(frozen=True)
class Outcome:
    """What a predicate says on one reference date. ``ok``: True good for the applicant, None unknown.

    For an exclusion, True means the exclusion does not apply; for an exemption, True means it applies.
    """

    ok: bool | None
    message: str
    missing: tuple[str, ...] = ()
    # why ok is None beyond a missing fact: "matched" (the achievement speaks to this condition, its merit is for
    # the review), "expert" (present, matched to no condition: for the review), "silent" (notice silent)
    basis: str = ""


@dataclass(frozen=True)
class Fix:
    """How the applicant could satisfy a rule; read by the nearest-path search, never by the verdict.

    ``changes`` are profile edits that satisfy the rule (used to re-check the path); ``measure`` and
    ``threshold`` describe a year count that is met by waiting ("field", "hangzhou" or "zhejiang");
    ``possible`` is False for facts no one can change (age, a title already held).
    """

    text: str
    changes: dict[str, Any] = field(default_factory=dict)
    measure: str | None = None
    threshold: float | None = None
    possible: bool = True


Predicate = Callable[[Any, dt.date], "Outcome | None"]


@dataclass(frozen=True)
class Rule:
    """One row of a program's rules table."""

    id: str
    clause_id: str
    quote: str
    kind: str
    label: str  # short Chinese name of the requirement
    predicate: Predicate  # (Facts, reference date) -> Outcome; info rows may return None (nothing to say)
    fields: tuple[str, ...] = ()  # profile fields the predicate reads (for contradictions and questions)
    fix: Fix | None = None
    waives: tuple[str, ...] = ()  # exemption: rule ids it waives
    may_waive: tuple[str, ...] = ()  # exemption: rule ids it arguably waives; the notice leaves it open

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown rule kind {self.kind!r} in {self.id}")


@dataclass(frozen=True)
class Program:
    """A program's rules table and how its reference dates are chosen."""

    id: str
    rules: tuple[Rule, ...]
    reference: str  # "fixed" (the notice fixes a date) | "window" (both ends of the window) | "as_of"
    field_start: str | None = None  # the start-month field that measures years_in_field, if any
    round_clause: tuple[str, str] | None = None  # (clause id, quote) for a notice setting no deadline: its commencement

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)


@dataclass(frozen=True)
class Reason:
    """One rule that mattered, as the contract prints it."""

    rule: str
    ok: bool | None
    clause_id: str
    quote: str
    message: str
    kind: str = "hard"
    label: str = ""
    missing: tuple[str, ...] = ()
    # why ok is None beyond a missing fact (``Outcome.basis``, and "waivable"/"arguable": a shortfall only an
    # exemption could lift); read by ``decisive`` to rank the reasons, not printed
    basis: str = ""

    def to_json(self) -> dict:
        return {
            "rule": self.rule, "ok": self.ok, "clause_id": self.clause_id, "quote": self.quote,
            "message": self.message, "kind": self.kind, "label": self.label,
        }


@dataclass(frozen=True)
class Note:
    """Information that does not decide the verdict (quotas, preferences, the round's status)."""

    rule: str
    clause_id: str
    quote: str
    message: str

    def to_json(self) -> dict:
        return {"rule": self.rule, "clause_id": self.clause_id, "quote": self.quote, "message": self.message}


@dataclass(frozen=True)
class Verdict:
    """The result of ``check``. ``to_json`` is the contract's check JSON plus extra fields."""

    program: str
    verdict: str
    as_of: dt.date
    reasons: tuple[Reason, ...]
    missing: tuple[str, ...] = ()
    program_title: str = ""
    reference_dates: tuple[dt.date, ...] = ()
    notes: tuple[Note, ...] = ()
    contradictions: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    round_status: dict | None = None
    summary: str = ""
    nearest_path: tuple[dict, ...] = ()
    path_verdict: str | None = None
    path_note: str = ""
    fit_rank: int | None = None
    best_fit: bool | None = None
    basis: str = "round"  # the projection policy used: the round's reference dates, or today (docs/verdict-policy.md)

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}")

    @property
    def clause_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for item in (*self.reasons, *self.notes):
            seen.setdefault(item.clause_id, None)
        for step in self.nearest_path:
            if step.get("clause_id"):
                seen.setdefault(step["clause_id"], None)
        return list(seen)

    def to_json(self) -> dict:
        out = {
            "program": self.program,
            "verdict": self.verdict,
            "as_of": self.as_of.isoformat(),
            "reasons": [r.to_json() for r in self.reasons],
            "missing": list(self.missing),
            "clause_ids": self.clause_ids,
            "program_title": self.program_title,
            "verdict_label": VERDICT_LABELS[self.verdict],
            "summary": self.summary,
            "reference_dates": [d.isoformat() for d in self.reference_dates],
            "questions": list(self.questions),
            "contradictions": list(self.contradictions),
            "notes": [n.to_json() for n in self.notes],
            "round_status": self.round_status,
            "nearest_path": list(self.nearest_path),
            "path_verdict": self.path_verdict,
            "path_note": self.path_note,
            "basis": self.basis,
        }
        if self.fit_rank is not None:
            out["fit_rank"] = self.fit_rank
            out["best_fit"] = bool(self.best_fit)
        return out
