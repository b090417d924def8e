"""The deterministic eligibility checker: one rules table per program, every reason cited.

    from assistant.eligibility import check, check_all
    check({"birth_date": "1988-06", ...}, "hz_digital_craftsman_2026").to_json()

No language model is involved. See README “资格检查与解释口径” for the interpretation policy.
"""

from __future__ import annotations

from assistant.eligibility.api import check, check_all, check_json, get_program
from assistant.eligibility.model import (
    KINDS,
    VERDICT_LABELS,
    VERDICTS,
    Fix,
    Note,
    Outcome,
    Reason,
    Rule,
    Verdict,
)

__all__ = [
    "check", "check_all", "check_json", "Verdict", "Reason", "Note", "Rule", "Fix", "Outcome", "VERDICTS", "VERDICT_LABELS",
    "KINDS", "PROGRAMS", "get_program",
]


def __getattr__(name: str):
    if name == "PROGRAMS":
        from assistant.eligibility import api

        return api.PROGRAMS
    raise AttributeError(name)
