"""Spot dates and years in a chat message that cannot be true, so the chat can say so instead of silently
ignoring them: 2026年13月, 2月30日, a birth date after today, 0000年 or 公元前, negative or absurd spans.

This module decides which typed values are impossible, and the extractor honours it: ``blank_implausible``
blanks every value named here before the extractor reads the text, so "我没有采用这条信息" is true by
construction (the extractor's own tables could otherwise read "-5年" as 5 years). Each finding is one
Chinese sentence naming what was typed and what to send instead.

    >>> implausible("我2026年13月出生，干这行-5年", dt.date(2026, 11, 21))
    ('您提到的“2026年13月”不是有效的年月（月份应在 1 到 12 之间）…', …)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

from assistant.notices.text import clean_text

__all__ = ["implausible", "blank_implausible", "clean_text", "MAX_SPAN_YEARS", "BORN", "BORN_INTRO"]

MAX_SPAN_YEARS = 60  # nobody has worked more than this; a longer span of work is a typo (the extractor agrees)
_MAX_CHARS = 2000  # the chat reads no further (extract.MAX_CHARS)
_ASK = "我没有采用这条信息，请核对后再告诉我"

# How a message says "born": shared with the extractor, so every birth it reads is also checked here.
BORN = r"(?:出生|生人|出世|生(?!产|活|涯|态|意))"
BORN_INTRO = r"(?:出生于|生于|出生在|出生年月[是为:]?|出生日期[是为:]?|生日是)"

# 年 needs its 月 (2023年15个项目 is not a month); after - / . the month must end the number.
_YM = re.compile(r"(?<![\d.])(\d{1,4})\s*(?:年\s*(\d{1,2})\s*月|[-/.]\s*(\d{1,2})(?![\d.\-/]))")
_YMD = re.compile(r"(?<![\d.])(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"
                  r"|([-/.])\s*(\d{1,2})\s*\4\s*(\d{1,2})(?![\d.]))")
_BIRTH = re.compile(rf"(?<![\d.])(\d{{1,4}})\s*年(?:\s*(\d{{1,2}})\s*月)?(?:\s*\d{{1,2}}\s*[日号])?\s*{BORN}"
                    rf"|{BORN_INTRO}\s*(\d{{1,4}})\s*(?:年|[-/.])\s*(?:(\d{{1,2}})\s*月?)?")
# A minus after a digit, 年/月/日 or a space is a range (2020-2025年), not a sign.
_NEGATIVE = re.compile(r"(?:(?<![\d\s年月日至到~～])[-−－]|负)\s*(\d+(?:\.\d+)?)\s*(?:个)?\s*(年|岁|个月)")
_BC = re.compile(r"公元前\s*\d+\s*年")
_SPAN = re.compile(r"(?:干|做|从事|工作|从业|在杭|在浙|全职|干了|做了|这行)[^，。,.；;！!？?]{0,8}?(?<![\d.])(\d{2,4})\s*(?:多)?\s*年(?![\d月代级底初])")
_ZERO_YEAR = re.compile(r"(?<!\d)0{3,4}\s*年")


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


def _findings(text: str, today: dt.date) -> list[tuple[int, int, str]]:
    """(start, end, note) for each impossible value in NFKC ``text``; start..end is what must not be read."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, problem: str, shown: str | None = None, start: int | None = None) -> None:
        if any(m.start() < e and s < m.end() for s, e in taken):  # one note per typed value
            return
        taken.append(m.span())
        note = f"您提到的“{shown or m.group(0).strip()}”{problem}，{_ASK}（例如“1988年6月出生”“从事本职业12年”）。"
        found.append((m.start() if start is None else start, m.end(), note))

    for m in _YMD.finditer(text):
        year = int(m.group(1))
        month, day = (int(g) for g in ((m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(6))))
        if 1 <= month <= 12 and not 1 <= day <= calendar.monthrange(max(year, 1), month)[1]:
            add(m, "不是有效的日期（该月没有这一天）")
    for m in _YM.finditer(text):
        if not 1 <= int(m.group(2) or m.group(3)) <= 12 and len(m.group(1)) == 4:
            add(m, "不是有效的年月（月份应在 1 到 12 之间）")
    for m in _BC.finditer(text):
        add(m, "不是合理的年份")
    for m in _BIRTH.finditer(text):
        year_s, month_s = m.group(1) or m.group(3), m.group(2) or m.group(4)
        year, month = int(year_s), int(month_s) if month_s else 1
        if len(year_s) == 2:  # 88年出生 is 1988: the extractor reads it
            continue
        if len(year_s) != 4 or year < 1900:
            add(m, "不是合理的出生年份")
        elif 1 <= month <= 12 and (year, month) > (today.year, today.month):
            add(m, f"晚于今天（{today.isoformat()}），出生年月不可能在今天之后")
    for m in _NEGATIVE.finditer(text):
        add(m, "是负数，年限、年龄和年份都不能为负")
    for m in _ZERO_YEAR.finditer(text):
        add(m, "不是合理的年份")
    for m in _SPAN.finditer(text):
        if len(m.group(1)) < 4 and int(m.group(1)) > MAX_SPAN_YEARS:
            # Only the number is refused: the words before it ("从事软件开发") still say what the work is.
            add(m, f"作为工作年限不合理（超过 {MAX_SPAN_YEARS} 年）", shown=f"{m.group(1)}年", start=m.start(1))
    return found


def implausible(text: str, today: dt.date) -> tuple[str, ...]:
    """Chinese notes, one per impossible date or year in ``text`` (empty when everything is plausible)."""
    return tuple(note for _, _, note in _findings(_norm(text)[:_MAX_CHARS], today))


def blank_implausible(text: str, today: dt.date) -> str:
    """``text`` in NFKC with every value ``implausible`` names blanked out (□), for the extractor to read."""
    text = _norm(text)
    for start, end, _ in _findings(text[:_MAX_CHARS], today):
        text = text[:start] + "□" * (end - start) + text[end:]
    return text
