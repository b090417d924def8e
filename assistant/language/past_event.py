"""A getting of an honour told as the time of what came after it ("评上省首席以后就一直带徒弟"): the honour is held.

The readers of holding want a holder or a year beside a subjectless getting, since "评上杭州工匠，孩子有加分吗"
supposes. A getting used to date what followed it ("评完首席技师第二年调的岗") is a past event in itself: the clause
has no holder because the speaker tells their own story. What follows it must be told, not supposed ("评上以后能加分
吗" asks what winning brings); the words are data (``data/past_event.json``).

    >>> dated_by("评上", "以后就一直带徒弟")
    True
    >>> dated_by("评上", "以后能加分吗")
    False
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from assistant.language.datafiles import data_json
from assistant.language.holding import blocked, others_named

__all__ = ["dated_by", "asked_again"]


@functools.cache
def _table() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(v) for k, v in data_json("past_event.json").items() if not k.startswith("_")}


def dated_by(before: str, after: str) -> bool:
    """Whether an honour named between ``before`` and ``after`` (the rest of its clause on either side) is a getting
    the speaker dates later events by: a verb of getting closes ``before``, a frame of time opens ``after``, and
    neither side supposes, denies or names another holder."""
    t = _table()
    frame = t["frame"].match(after)
    if not (frame and t["got"].search(before)):
        return False
    rest = after[frame.end():]
    return not (blocked(before) or blocked(rest) or t["supposing"].search(rest) or t["waiting"].search(before)
                or others_named(before))


def asked_again(before: str, after: str, later: Sequence[str]) -> bool:
    """Whether an honour named first in its clause (``before`` empty) with a bare getting closing it (``after``:
    "评上了") is held, the clauses ``later`` asking on with a word that presupposes it ("第四届还能报吗")."""
    t = _table()
    if before.strip(" ，,") or not t["got_closing"].match(after.strip()):
        return False
    return any(t["again"].search(clause) for clause in later[:2])
