"""A birth said as an open range: a generation ("85后", "六零后", "80年代出生"), an age said as a stretch ("四十出头",
"五十多岁", "五十七八了", "三十来岁") or a stage of working life ("快退休了").

No month is invented: the range is returned as its two ends, (earliest, latest) birth month, which the chat keeps
open as it keeps a start said by year only (``session.early``, ``chat.case.months.settle``): the checker runs at both
ends, and a verdict they agree on stands; where they differ, it is 需要人工核实 and the birth date is asked.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.extract.people import said_age_stretch

__all__ = ["birth_range", "within_working_life", "RETIRING_AGES"]

_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_D = "零〇一二三四五六七八九"
# "85后", "00后", "六零后", "八五后": born in that half or whole decade (80后: 1980–1989, 85后: 1985–1989); not
# "5年后", "2019年后", "后面"
_GENERATION = re.compile(rf"(?<![0-9年.{_D}十])(?P<d>[0-9][05]|[{_D}][零〇五])后(?![面来边头续期半天年])")
_DECADE = re.compile(rf"(?<![0-9{_D}])(?P<d>[0-9]0|[{_D}]十)年代(?:初|中|末)?(?:出生|生|的人|的)")
# (lowest, highest) age of one "about to retire": the statutory ages run from 50 (women workers) to 63 (men, as
# raised from 2025), so the range is wide and decides only a limit far from it
RETIRING_AGES = (50, 63)
_RETIRING = re.compile(r"快(?:要|到)?退休|马上(?:就要?)?退休|临近退休|快到退休年龄|退休前(?:一两|两三|几)年|再过(?:一两|两三|几)年(?:就)?退休")


def _century(two: int, today: dt.date) -> int:
    return 2000 + two if 2000 + two <= today.year else 1900 + two


def _digits(said: str) -> int:
    return int(said) if said.isdigit() else 10 * _CN[said[0]] + _CN.get(said[1], 0)


def _from_ages(low: int, high: int, today: dt.date) -> tuple[str, str]:
    """The birth months that give an age from ``low`` to ``high`` 周岁 today."""
    year, month = today.year - high - 1, today.month + 1
    if month > 12:
        year, month = year + 1, 1
    return f"{year:04d}-{month:02d}", f"{today.year - low:04d}-{today.month:02d}"


def birth_range(text: str, today: dt.date) -> tuple[str, str] | None:
    """(earliest, latest) birth month a range said in ``text`` allows; None when none is said."""
    m = _GENERATION.search(text)
    if m:
        d = m["d"].replace("〇", "零")
        two = _digits(d)
        first = _century(two, today)
        last = first + (4 if two % 10 == 5 else 9)
        return f"{first:04d}-01", f"{min(last, today.year):04d}-12"
    m = _DECADE.search(text)
    if m:
        two = int(m["d"]) if m["d"].isdigit() else 10 * _CN[m["d"][0]]
        first = _century(two, today)
        return f"{first:04d}-01", f"{first + 9:04d}-12"
    ages = said_age_stretch(text)  # "四十出头", "五十七八了": the extractor's one reader of an age as a stretch
    if ages:
        return _from_ages(*ages, today)
    if _RETIRING.search(text):
        return _from_ages(*RETIRING_AGES, today)
    return None


_STARTS = ("hangzhou_full_time_start", "digital_work_start")
_COUNTS = ("years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang")
WORKING_AGE = 16  # the checker counts no work before 16 (eligibility.engine's contradictions)


def within_working_life(born: tuple[str, str], profile: dict, today: dt.date) -> tuple[str, str]:
    """The range cut to the births that leave room for the work said ("00后", "2022年7月毕业就进了现在这家"): one born
    in 2009 cannot have worked since 2022, so that end is no reading of what was said. A range the work leaves
    no room for at all is kept whole (the checker names the contradiction)."""
    first, last = born
    starts = [profile[f] for f in _STARTS if isinstance(profile.get(f), str)]
    starts += [f"{today.year - int(profile[f] + 0.999):04d}-{today.month:02d}" for f in _COUNTS
               if isinstance(profile.get(f), int | float)]
    if not starts:
        return born
    began = min(starts)
    latest = f"{int(began[:4]) - WORKING_AGE:04d}{began[4:7]}"
    return (first, latest) if first <= latest < last else born
