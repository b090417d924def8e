"""Dates and spans a premise asserts: a part of a month or of a year said for a day ("四月中旬前交都来得及吧"), a
holiday ("国庆节开的吧"), a calendar year, a stage's start or end ("5月份才开始搞的吧"), and days said for working days
("公示是5天对吧").

Run with:  .venv/bin/python -m pytest -q tests/chat/test_month_parts.py
"""

from __future__ import annotations

import re

from assistant.chat.premise.counts import _NUM, _value
from assistant.chat.rules.answer_types import holiday_words, holidays

# A part of a month said for a day ("4月中旬", "7月底", "月初"), and the days it spans: a premise's part of the month
# that does not hold the day the notice states is wrong ("四月中旬前交都来得及吧" against 4月10日前); one that holds it is
# not ("3月底" against 3月31日).
MONTH_PARTS = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "中": (11, 20), "下旬": (21, 31), "底": (21, 31),
               "末": (21, 31)}
_MONTH_EDGE = re.compile(rf"({_NUM})\s*月份?\s*(上旬|中旬|下旬|底|末|初|中(?![国央华心级间]))")
_DAY = re.compile(rf"({_NUM})\s*月\s*({_NUM})\s*[日号]")


_YEAR = re.compile(r"(?<![0-9])(\d{4})\s*年")
_FULL_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?")
_OWN = re.compile(r"(我|本人|俺|咱)[^，,。？?]{0,2}$")


def _asserted_year(question: str) -> str | None:
    """A calendar year the question asserts about the notice ("办法是2024年开始施行的吧"), not one of the
    asker's own ("我2024年拿的…")."""
    for m in _YEAR.finditer(question or ""):
        if not _OWN.search(question[:m.start()]):
            return m.group(1)
    return None


# A holiday said for a date ("国庆节开的吧"), with its month where it is fixed: the answer-type table's holidays.
_HOLIDAYS = holidays()
_HOLIDAY = re.compile(f"({holiday_words()})节?")
_MONTH = re.compile(r"(\d{1,2})\s*月")


def _holiday_correction(question: str, quote: str) -> str | None:
    """"发布会是国庆节开的吧" against "于2023年五一节召开…": a different holiday, or a month the holiday is not in."""
    said = _HOLIDAY.search(question)
    if not said:
        return None
    written = _HOLIDAY.search(quote)
    if written:
        same = written.group(1) == said.group(1) or {written.group(1), said.group(1)} <= {"五一", "劳动节"}
        return None if same else f"不对，通知写的不是{said.group(0)}，而是{written.group(0)}：见下面的原文。"
    month, at = _HOLIDAYS[said.group(1)], _MONTH.search(quote)
    if month and at and int(at.group(1)) != month:
        return f"不对，通知写的不是{said.group(0)}（{month}月），而是{at.group(0)}：见下面的原文。"
    return None


# A year's end said for a date ("2017年年底前搞完的吧") where the clause gives a month of that year.
_YEAR_END = re.compile(r"(\d{4})\s*年\s*(?:的\s*)?年?(底|末)")
_MONTH_OF = re.compile(rf"(\d{{4}})\s*年\s*({_NUM})\s*月\s*(?:({_NUM})\s*[日号]|底|末|初)?")


# A part of a year said for a date ("上半年就截止了吧", "年底前报就行吧"), and the months it spans
YEAR_PARTS = {"上半年": (1, 6), "下半年": (7, 12), "年初": (1, 2), "年中": (6, 7), "年底": (12, 12), "年末": (12, 12)}
_YEAR_PART = re.compile(r"(?<![0-9０-９一二三四五六七八九十零〇]年)(?<!每年)(?<!每)(上半年|下半年|年初|年中|年底|年末)")


def _year_part_correction(question: str, quote: str) -> str | None:
    """"不对，…" when a part of a year the question says for a date ("首届杭州工匠年底前报就行吧") does not hold the
    month of the day the quote states (9月30日); None when the question names a month itself, or the quote no day."""
    said, day = _YEAR_PART.search(question or ""), _DAY.search(quote or "")
    if not said or not day or _MONTH_ANY.search(question):
        return None
    first, last = YEAR_PARTS[said.group(1)]
    if not first <= (_value(day.group(1)) or 0) <= last:
        stated = "".join(day.group(0).split())
        return f"不对，通知写的不是{said.group(1)}，而是{stated}：见下面的原文。"
    return None


_MONTH_ANY = re.compile(rf"({_NUM})\s*月")


def _year_end_correction(question: str, quote: str) -> str | None:
    said = _YEAR_END.search(question)
    if not said:
        return _year_part_correction(question, quote)
    for m in _MONTH_OF.finditer(quote):
        if m.group(1) == said.group(1) and _value(m.group(2)) != 12:
            return f"不对，通知写的不是{said.group(0)}，而是{m.group(0)}：见下面的原文。"
    return None


# A stage stated as a span of months ("宣传阶段（2022年12月—2023年5月）", "2022年12月至2023年3月31日"), and a premise on
# when such a stage starts ("5月份才开始搞的吧", "从3月开始的对吧") or ends ("到6月才结束吧", "4月就搞完了吧"): a month
# inside the span is still a wrong start or end, which the value check cannot see (the span holds that month).
_SPAN = re.compile(rf"(?:(\d{{4}})\s*年\s*)?({_NUM})\s*月[^，。；、（）()]{{0,4}}?[—\-－–~～至到]\s*(?:(\d{{4}})\s*年\s*)?({_NUM})\s*月")
_STARTS_AT = re.compile(rf"(?:(?:从|自)\s*)?(?:\d{{2,4}}\s*年\s*)?({_NUM})\s*月份?(?:初|中|底|末)?[^，,。？?]{{0,4}}?(?:才|就)?"
                        r"(?:开始|启动|开展|(?<=[月份初中底末])起(?!码))")
_ENDS_AT = re.compile(rf"(?:到|至)?\s*(?:\d{{2,4}}\s*年\s*)?({_NUM})\s*月份?(?:初|中|底|末)?[^，,。？?]{{0,4}}?(?:才|就)?"
                      r"(?:结束|完成|截止|搞完|弄完|做完|完事|收尾|止)")


# The right number in the wrong unit: "公示是5天对吧" where the notice says 5个工作日 (a week, not five days)
_DAYS_SAID = re.compile(rf"({_NUM})\s*(?:个)?(?:天|自然日)")
_WORKDAYS_SAID = re.compile(rf"(?:不少于|不超过|不低于)?\s*({_NUM})\s*个?\s*工作日")


def _workday_correction(question: str, quote: str) -> str | None:
    """"不对，…是工作日" when the question counts in days the number the quote counts in working days."""
    if "工作日" in question:
        return None
    days, workdays = _DAYS_SAID.search(question or ""), _WORKDAYS_SAID.search(quote or "")
    if days and workdays and _value(days.group(1)) == _value(workdays.group(1)):
        stated, said = re.sub(r"\s", "", workdays.group(0)), re.sub(r"[\s个]", "", days.group(0))
        return f"不对，通知写的是{stated}，按工作日算，不是{said}（自然日）：见下面的原文。"
    return None


def _span_edge_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question puts a stage's start or end in another month than the span the quote states."""
    span = _SPAN.search(quote or "")
    if span is None:
        return None
    y1, m1, y2, m2 = span.group(1), _value(span.group(2)), span.group(3) or span.group(1), _value(span.group(4))
    stated = re.sub(r"\s", "", span.group(0))
    start, end = _STARTS_AT.search(question or ""), _ENDS_AT.search(question or "")
    if start and _value(start.group(1)) not in (None, m1):
        begun = f"{y1}年{int(m1)}月" if y1 else f"{int(m1)}月"
        return f"不对，不是{int(_value(start.group(1)))}月才开始，通知写的是{stated}，{begun}就开始了：见下面的原文。"
    if end and _value(end.group(1)) not in (None, m2):
        over = f"{y2}年{int(m2)}月" if y2 else f"{int(m2)}月"
        return f"不对，不是{int(_value(end.group(1)))}月结束，通知写的是{stated}，到{over}：见下面的原文。"
    return None


def _month_edge_correction(question: str, quote: str) -> str | None:
    """"不对，…" when a part of a month the question says ("四月中旬前") does not hold the quote's day of that month."""
    edge, day = _MONTH_EDGE.search(question), _DAY.search(quote)
    if edge and day and _value(edge.group(1)) == _value(day.group(1)):
        first, last = MONTH_PARTS[edge.group(2)]
        if not first <= (_value(day.group(2)) or 0) <= last:
            return f"不对，通知写的不是{edge.group(0)}，而是{day.group(0)}：见下面的原文。"
    return None


def _year_correction(question: str, quote: str) -> str | None:
    """"不对，…" when a calendar year the question asserts is none of the quote's, which dates the thing."""
    year = _asserted_year(question)
    dated = _FULL_DATE.search(quote)
    if year and dated and year not in _YEAR.findall(quote):
        return f"不对，通知写的不是{year}年，而是{dated.group(0)}：见下面的原文。"
    return None



# A day the asker plans to hand in by, as a span of (month, day): a holiday, a part of a year, a month with its part
# ("7月中旬", "月底"), a day ("7月10号"), or a month alone ("8月份"); and which side of it the plan is on ("五一前" is
# by 5月1日, "国庆过后" after 10月, "7月10号交" on it). Lunar holidays (0 in the table) have no fixed month.
_BEFORE = re.compile(r"^\s*(?:之前|以前|前)")
_AFTER = re.compile(r"^\s*(?:过后|以后|之后|后|过了)")  # not 再: "下半年再报" is in the second half
_LAST_DAY = 31


# a part of a month said without its month ("九月中旬才审完，月底前再报"): the month named last before it
_BARE_EDGE = re.compile(r"(?<![0-9０-９零〇一二两三四五六七八九十月])月\s*(上旬|中旬|下旬|底|末|初)")


def plan_span(question: str) -> tuple[tuple[int, int], tuple[int, int], str, str] | None:
    """(earliest, latest, as said, side) of the day the question plans by, the one said last (nearest the ask: in
    "人选九月中旬才审完，月底前再报" the plan is 月底前, of September): side "before", "after" or "on"; None when it
    names no day (or a lunar holiday)."""
    text = question or ""
    found = []  # (earliest, latest, match)
    for m in _DAY.finditer(text):
        month, day = int(_value(m.group(1)) or 0), int(_value(m.group(2)) or 0)
        found.append(((month, day), (month, day), m))
    for m in _MONTH_EDGE.finditer(text):
        month, (first, last) = int(_value(m.group(1)) or 0), MONTH_PARTS[m.group(2)]
        found.append(((month, first), (month, last), m))
    for m in _HOLIDAY.finditer(text):
        month = _HOLIDAYS.get(m.group(1)) or 0
        if month:  # a fixed holiday: 五一 is 5月1日, 国庆 10月1日, 元旦 1月1日 (its day is the month's first days)
            found.append(((month, 1), (month, 7), m))
    for m in _YEAR_PART.finditer(text):
        first, last = YEAR_PARTS[m.group(1)]
        found.append(((first, 1), (last, _LAST_DAY), m))
    if not found:
        for m in _MONTH_ANY.finditer(text):
            month = int(_value(m.group(1)) or 0)
            found.append(((month, 1), (month, _LAST_DAY), m))
    for m in _BARE_EDGE.finditer(text):
        before = [f for f in found if f[2].end() <= m.start() and f[0][0] == f[1][0]]
        if before:
            month, (first, last) = max(before, key=lambda f: f[2].end())[0][0], MONTH_PARTS[m.group(1)]
            found.append(((month, first), (month, last), m))
    if not found:
        return None
    lo, hi, m = max(found, key=lambda f: (f[2].end(), f[2].end() - f[2].start()))
    if not (1 <= lo[0] <= 12 and 1 <= hi[0] <= 12):
        return None
    side_word = _BEFORE.match(text[m.end():]) or _AFTER.match(text[m.end():])
    side = "on" if side_word is None else "before" if side_word.re is _BEFORE else "after"
    said = "".join(m.group(0).split()) + (side_word.group(0).strip() if side_word else "")
    if said.startswith("月"):
        said = f"{lo[0]}{said}"
    return lo, hi, said, side
