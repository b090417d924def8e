"""A stay in Hangzhou said by its start, then a return to Hangzhou said by its own start.

"一七年就在杭州做运维，疫情那两年回老家了，二二年底又回到杭州": two starts of Hangzhou, which the resolver would
otherwise take for a contradiction and drop both. The notices count 在杭全职工作 in years without saying the years
must run unbroken (第四届 二、首届数字工匠 附件1 二 say 在杭全职工作1年（2年）以上, not 连续), so the years lie
between the time since the return and the time since the first start: the return is kept as the start and the first
start as its earliest end (``_early…``), which the checker weighs as a range (a verdict only where both ends agree).
"""

from __future__ import annotations

from assistant.extract.people import Candidates

__all__ = ["fold_return"]

_START = "hangzhou_full_time_start"
_FIELD = "_field_start"


def fold_return(c: Candidates) -> None:
    """With a return to Hangzhou said (``_hz_returned``) and more than one start of it, keep the latest start and
    put the earliest under ``_early…`` (in place)."""
    starts = sorted(set(c.get(_START, [])))
    if not c.get("_hz_returned") or len(starts) < 2:
        return
    earliest = min([*starts, *c.get("_early" + _START, [])])
    c[_START] = [starts[-1]]
    c["_early" + _START] = [earliest]
    if sorted(set(c.get(_FIELD, []))) == starts[-1:]:
        # the trade's start read from the return alone ("二二年底又回到杭州这家公司"): the first stay's work is said
        # too ("一七年就在杭州做运维"), so the trade's years lie in the same range
        c["_early" + _FIELD] = [earliest]
