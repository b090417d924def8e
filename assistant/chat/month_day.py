"""A month and day said with no year, after a start was said by its month ("去年三月份才跳槽来的杭州" then "3月17号入职的"):
the day of that month, not this year's. Read alone (jionlp with today as the base) it became March this year, which
took a year off the time in Hangzhou and turned a verdict to not eligible."""

from __future__ import annotations

import re

from assistant.chat.said import YEAR_SAID
from assistant.chat.state import Session
from assistant.extract.numbers import cn_to_int

__all__ = ["dated_by_known_month"]

_MONTH = re.compile(r"(?<![0-9年〇零一二三四五六七八九十])([0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?(?=[0-9一二三四五六七八九十]{1,3}[号日]|入职|进|来|到)")
_STARTS = ("hangzhou_full_time_start", "digital_work_start")


def dated_by_known_month(session: Session, text: str) -> str | None:
    """``text`` with the known start's year put before its month, or None when no year is missing or no start said
    by the same month is known."""
    if YEAR_SAID.search(text):
        return None
    m = _MONTH.search(text)
    if not m:
        return None
    month = int(m[1]) if m[1].isdigit() else cn_to_int(m[1])
    for field in _STARTS:
        start = session.profile.get(field)
        if isinstance(start, str) and re.fullmatch(r"\d{4}-\d{2}", start) and int(start[5:]) == month:
            return f"{text[:m.start()]}{start[:4]}年{text[m.start():]}"
    return None
