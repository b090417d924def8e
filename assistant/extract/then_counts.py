"""Counts of years told as of a past year ("到一六年报名那会儿，我在杭州干了十二年电工", "2016年的时候我已经做了
十五年"): the count ends then, not today, so it is moved to today's reckoning (the profile's counts are as of today,
and the checker takes each programme's reference date back from it). The work is taken to have gone on since,
as a count said today is.

    >>> import datetime as dt
    >>> as_of_year("到一六年报名那会儿", dt.date(2026, 12, 7))
    2016
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from assistant.extract.numbers import Duration, year_from

__all__ = ["as_of_year", "moved_to_today"]

_YEAR = r"(?P<NAME>(?:19|20)[0-9]{2}|[0-9]{2}|(?:[一二][〇零一二三四五六七八九])?[〇零一二三四五六七八九]{2})年"
# the clause opens on the year it counts to: "到一六年", "截至2016年", "算到16年报名那会儿", "一六年的时候", "2016年那会儿"
# ("从2004年到2016年" is a closed stay, read by ``numbers.closed_range``; "干到一六年" ends a stint and opens no count)
# ... and a stint worked up to a year with its count said right after ("干到一六年刚好十年": ten years by 2016; "干到
# 一六年" alone ends a stint and counts nothing)
_AS_OF = re.compile(r"^(?:我|俺)?(?:算)?(?:到|截至|截止到?)" + _YEAR.replace("NAME", "a") + r"(?:底|初|年底|年初)?"
                    r"|^" + _YEAR.replace("NAME", "b") + r"(?:报名|申报|评选)?(?:那会儿?|那时候?|的时候|那年)"
                    r"|^(?:我|俺)?(?:一直)?(?:干|做|待)到" + _YEAR.replace("NAME", "c") + r"(?:底|初)?"
                    r"(?=(?:刚好|正好|整整|满|一共|总共|就)?[0-9一二两三四五六七八九十]+(?:多|来)?年)")
# mid-year: the day a year said alone stands for, between its two ends
_MID_MONTH = 7


def as_of_year(clause: str, today: dt.date) -> int | None:
    """The past year ``clause`` opens by counting to, or None."""
    m = _AS_OF.match(clause)
    if not m:
        return None
    year = year_from(m["a"] or m["b"] or m["c"], today)
    return year if year is not None and year < today.year else None


def moved_to_today(d: Duration, year: int, today: dt.date) -> Duration:
    """``d`` counted to the middle of ``year``, as a count to ``today``."""
    gap = (today.year - year) + (today.month - _MID_MONTH) / 12
    span = (d.span[0] + gap, d.span[1] + gap) if d.span else None
    return replace(d, years=round(d.years + gap, 2), span=span)
