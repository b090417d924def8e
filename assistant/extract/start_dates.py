"""When a start said in a clause falls, to the month and, where a part of the month is said, to the day: "2019年来的
杭州" -> (2019-01, 2019-12), "18年底" -> (2018-11, 2018-12), "八年前入的行" -> a count back from today, "九几年" -> the
1990s, "去年十一月底" -> 2025-11-25…2025-11-30. Relative dates go to jionlp's time parser (``extract.when``); a start is
read late (its last month), so a threshold is never passed by a guess.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.dates import add_months
from assistant.extract.numbers import CN_DIGITS, closed_range, month_from, to_number, year_from
from assistant.extract.people import Candidates, add

__all__ = ["YEAR_THEN_CAME", "DECADE", "said_late", "start_span", "start_days", "add_start"]


# a two-digit year in Chinese digits ("一九年来的", "零八年进的厂"), not two neighbouring numbers ("三四年": a span)
_CN_YEAR = "(?!一二|二三|两三|三四|四五|五六|六七|七八|八九)[〇零一二三四五六七八九]{2}"
YEAR_THEN_CAME = re.compile(r"(?<![〇零一二三四五六七八九十0-9])(?P<y>(?:19|20)[0-9]{2}|[0-9]{2}|" + _CN_YEAR + r")年(?:(?P<m>1[0-2]|0?[1-9])月份?)?(?:底|末|初)?(?P<mark>就|才|刚刚|刚|方才)?"
                             r"过?(?:来|到|调|进|搬|回|起|开始)")  # "19年过来的"


# "八年前", "两年半前": an exact count back from today ("十几年前", "好多年前" stay with the time parser)
_YEARS_AGO = re.compile(r"(?<![0-9一二两三四五六七八九十几多])(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})年(?P<half>半)?前")
_AGO_NOT_START = re.compile(r"端|台|后")  # 前端 (the trade), 前台, 前后
_PART_OF_YEAR = {"初": (1, 2), "底": (11, 12), "末": (11, 12), "中": (6, 7)}
# the part of a year said after it, where the time parser stops at the year ("去年年中", "2019年年底")
_PART_AFTER = re.compile(r"年?(?P<p>[初底末中])(?!国|心|间|专|学|级|层|期)")
# "进了现在这家", "白天在嘉兴上班": the employer now or a time of day, not a date something started
_NOW = re.compile(r"现在|目前|如今|当前|今天|眼下|白天|晚上|早上|上午|下午|中午|夜里|周末|平时|每天|天天")


# a decade of the calendar said by its digit and 几 ("九几年", "八几年", "零几年"): not 十几年, a count
DECADE = re.compile(r"(?<![十0-9〇零一二两三四五六七八九])(?P<d>[〇零一二三四五六七八九])几年(?![了多])")


# "入职第二个月就入了": the second month after an event, which the time parser reads as February
_ORDINAL_AFTER = re.compile(r"第[0-9一二两三四五六七八九十几]+个?(?:月|年|周|天)")


def _time_of_day(when, today: dt.date) -> bool:
    """"半夜拿个听漏棒去马路上听", "凌晨出车": a part of the day the time parser places on today, which no list of
    such words (``_NOW``) keeps up with; a start is said with a calendar word (年, 月, 号, 天, 周)."""
    return when.first == when.last == today and not re.search(r"[年月日号天周]", when.text)


def said_late(mark: str | None) -> bool:
    """Whether the word between a start's year and its verb ("21年才来") tells the start as late
    (language/data/start_marks.json)."""
    from assistant.language.datafiles import data_json

    return bool(mark) and mark in data_json("start_marks.json")["late"]


def start_span(text: str, today: dt.date) -> tuple[str, str] | None:
    """The earliest and latest month a start said in ``text`` may be: "2019年来的杭州" -> (2019-01, 2019-12),
    "18年底" -> (2018-11, 2018-12), "2019年3月" -> (2019-03, 2019-03), "2021年下半年" -> (2021-07, 2021-12)."""
    from assistant.extract.when import dates_in

    if closed_range(text, today):
        return None  # "2012年到2016年在杭州": a stay that ended (extract.years counts it), no start of the present one
    # A year said right before the verb ("2018年来", "08年到"): jionlp reads 年来 as "in the years since" and a
    # two-digit 08 as 2018, so the plain reading goes first; relative dates (去年8月, 十年前) go to jionlp.
    m = YEAR_THEN_CAME.search(text)
    year = year_from(m["y"], today) if m else None
    if year is not None:
        month = month_from(m["m"])
        if month:
            return f"{year}-{month:02d}", f"{year}-{month:02d}"
        part = re.search(r"[初底末]", text[m.start():m.end()])
        first, last = _PART_OF_YEAR[part.group()] if part else (1, 12)
        if said_late(m["mark"]) and not part:
            first = last  # "21年才来杭州": the asker tells the start as late, so the year's month is not left open
        return f"{year}-{first:02d}", f"{year}-{last:02d}"
    decade = DECADE.search(text)
    first = year_from(f"{CN_DIGITS[decade['d']]}0", today) if decade else None
    if first is not None:  # "九几年就干这行了": some year of the 1990s, read late as every start is (1999-12)
        last = min(first + 9, today.year)
        return f"{first}-01", f"{last}-12" if last < today.year else f"{last}-{today.month:02d}"
    ago = _YEARS_AGO.search(text)
    if ago and to_number(ago["n"]) is not None and not _AGO_NOT_START.match(text, ago.end()):
        # "八年前入的行": a count back from today, to the month (the time parser gives the whole year 2018)
        n = to_number(ago["n"]) + (0.5 if ago["half"] else 0.0)
        start = add_months(today.replace(day=1), -round(n * 12))
        month = f"{start.year}-{start.month:02d}"
        return month, month
    whens = [w for w in dates_in(text, today) if w.first.year >= 1950 and not _NOW.fullmatch(w.text)
             and not _ORDINAL_AFTER.search(w.text) and not _time_of_day(w, today)]
    if len(whens) == 1:
        w = whens[0]
        part = _PART_AFTER.match(text, w.end)
        if part and (w.first.month, w.first.day, w.last.month) == (1, 1, 12):  # "去年年中": the parser reads 去年
            first, last = _PART_OF_YEAR[part["p"]]
            if dt.date(w.first.year, first, 1) <= today:
                return f"{w.first.year}-{first:02d}", f"{w.first.year}-{min(last, 12):02d}"
        return w.start_bounds(today)
    return _bare_month(text, today)


# a month said with no year before a verb of coming or joining ("三月份来的", "8月才入职"): the last such month up to
# today, the one people mean when they name no year
_BARE_MONTH = re.compile(r"(?<![0-9年个第])(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:底|初|中)?(?:的时候)?"
                         # the place left may stand between ("八月份才从江西过来", "五月份从广东来的温州"), not before a
                         # return ("十月份从老家回来的": a stay before it, so no start of the years)
                         r"(?:才|刚|就)?(?:来|到|进|入职|调|过来|回|搬|从(?:(?!回)[\u4e00-\u9fff]){1,6}?"
                         r"(?:来|到|进|入职|调|过来|搬|跳槽))")


def _bare_month(text: str, today: dt.date) -> tuple[str, str] | None:
    m = _BARE_MONTH.search(text)
    month = month_from(m["m"]) if m and "年" not in text else None
    if not month:
        return None
    year = today.year if month <= today.month else today.year - 1
    return f"{year}-{month:02d}", f"{year}-{month:02d}"


def _month_parts() -> list[tuple[re.Pattern[str], int, int]]:
    """(the words, first day, last day) of each part of a month (language/data/month_parts.json), longest words first."""
    from assistant.language.datafiles import data_json

    rows = [(w, p["first"], p["last"]) for p in data_json("month_parts.json")["parts"] for w in p["words"]]
    return [(re.compile(re.escape(w)), a, b) for w, a, b in sorted(rows, key=lambda r: -len(r[0]))]


# a month said with a part of it or a day ("十一月底", "11月28号", "1月中旬"): the part is read from the data table
_MONTH_THEN = re.compile(r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:的)?(?:(?P<d>[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:号|日))?")


def start_days(text: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day a start said to a part of a month may be ("去年十一月底" -> 2025-11-25…2025-11-30, "11月
    28号" -> that day), where the month is known; None where only the month or less is said."""
    import calendar

    span = start_span(text, today)
    m = _MONTH_THEN.search(text)
    if span is None or span[0] != span[1] or not m:
        return None
    year, month = map(int, span[1].split("-"))
    last_day = calendar.monthrange(year, month)[1]
    if m["d"]:
        day = to_number(m["d"])
        if day is None or not 1 <= day <= last_day:
            return None
        return dt.date(year, month, int(day)), dt.date(year, month, int(day))
    rest = text[m.end():m.end() + 4]
    for words, first, last in _month_parts():
        if words.match(rest):
            return dt.date(year, month, first), dt.date(year, month, min(last, last_day))
    return None


def add_start(out: Candidates, field: str, text: str, today: dt.date) -> bool:
    """``field`` read late, and its earliest month under ``_early``+field when the text leaves the month open; a
    part of the month said ("十一月底") as its first and last day under ``_days``+field."""
    span = start_span(text, today)
    if span is None:
        return False
    add(out, field, span[1])
    add(out, "_early" + field, span[0])
    days = start_days(text, today)
    if days is not None:
        add(out, "_days" + field, (days[0].isoformat(), days[1].isoformat()))
    return True
