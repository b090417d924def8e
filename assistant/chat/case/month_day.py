"""A month and day said with no year, after a start was said by its month ("去年三月份才跳槽来的杭州" then "3月17号入职的"):
the day of that month, not this year's. Read alone (jionlp with today as the base) it became March this year, which
took a year off the time in Hangzhou and turned a verdict to not eligible."""

from __future__ import annotations

import re

from assistant.chat.case.said import YEAR_SAID
from assistant.chat.case.state import Session
from assistant.extract.numbers import cn_to_int

__all__ = ["dated_by_known_month"]

_MONTH = re.compile(r"(?<![0-9年〇零一二三四五六七八九十])([0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?(?=[0-9一二三四五六七八九十]{1,3}[号日]|入职|进|来|到)")
_STARTS = ("hangzhou_full_time_start", "digital_work_start")


# a day said with no month ("17号入的职"): of the start month said before, not of this month
_DAY_ALONE = re.compile(r"(?<![月0-9〇零一二三四五六七八九十])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[号日](?![子期])")


def dated_by_known_month(session: Session, text: str) -> str | None:
    """``text`` with the known start's year put before its month (and its year and month before a day said alone:
    "17号入的职，3月17号" after "2025年3月份才换工作到杭州"), or None when no year is missing or no start said by the
    same month is known."""
    if YEAR_SAID.search(text):
        return None
    m = _MONTH.search(text)
    month = (int(m[1]) if m[1].isdigit() else cn_to_int(m[1])) if m else None
    starts = [s for s in (session.profile.get(f) for f in _STARTS)
              if isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}", s)]
    start = next((s for s in starts if month is None or int(s[5:]) == month), None)
    if start is None or (m is None and not _DAY_ALONE.search(text)):
        return None
    dated = _DAY_ALONE.sub(lambda d: f"{start[:4]}年{int(start[5:])}月{d.group()}", text)
    if m is not None:
        at = _DAY_ALONE.sub(lambda d: f"{start[:4]}年{int(start[5:])}月{d.group()}", text[:m.start()])
        dated = f"{at}{start[:4]}年{text[m.start():]}"
    return dated
