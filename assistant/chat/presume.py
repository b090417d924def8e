"""Distinctions an applicant would mention, presumed absent in a conversation when they are not mentioned.

Someone asking "我能报吗" who holds a provincial science award or a competition first place says so; silence about them is not a gap in the facts the way silence about a start date is.
So, in a conversation only, when the verdict is open solely because such a distinction was not mentioned,
the verdict is taken on the facts as stated, and a note says what was presumed and invites a correction.
``assistant check`` on a profile JSON never presumes: there a missing field stays ``needs_review``
(CONTRACT). docs/verdict-policy.md has the row.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from assistant.eligibility.model import Note, Verdict

__all__ = ["PRESUMED_ABSENT", "presume"]

# field -> how the note names it: distinctions that lift a limit or open a path, which the holder volunteers.
# Titles already held are not here: they shut a programme (不再重复推荐), and are asked, not presumed.
PRESUMED_ABSENT: dict[str, str] = {
    "awards": "获奖",
    "competition_results": "竞赛名次",
}


def presume(verdict: Verdict, profile: dict, check: Callable[[dict], Verdict]) -> Verdict:
    """``verdict``, or, when only unmentioned distinctions keep it open, the verdict with them read as none."""
    if verdict.verdict != "needs_review":
        return verdict
    absent = [f for f in PRESUMED_ABSENT if profile.get(f) is None and f in verdict.missing]
    if not absent:
        return verdict
    settled = check({**profile, **dict.fromkeys(absent, [])})
    if settled.verdict == "needs_review":
        return verdict
    source = next((r for r in verdict.reasons if r.ok is None and set(r.missing) & set(absent)), None)
    if source is None:
        return verdict
    named = "、".join(PRESUMED_ABSENT[f] for f in absent)
    note = Note("presumed_absent", source.clause_id, source.quote,
                f"您没有提到{named}，以上按“没有”判断；如有，请告诉我，结论可能改变。")
    return dataclasses.replace(settled, notes=(*settled.notes, note))
