"""An age said right after the year it was at: "九六年十七岁就在杭州饭店当学徒" (born about 1979, started in 1996).

Read as one's age now, the 十七岁 put the birth in 2008 and lost the start's trade years; the pair is the age at that
year, so it says the birth year too. The text is rewritten before the readers run, as ``when.name_age_years`` does:
the age is taken out, and the birth it gives is said as a clause of its own where the message says no other birth
or age ("我九六年十七岁就在…" -> "我1979年生，九六年就在…").
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["date_year_age", "date_bare_ages"]

# a year, then at once the age one was that year ("2008年我二十岁来的杭州", "九六年那年十七岁"); a comma between them
# is not allowed ("78年的，19岁进厂" is a birth year, then an age, which ``name_age_years`` reads)
_YEAR_AGE = re.compile(r"(?<![0-9零〇一二三四五六七八九十])(?P<y>(?:19|20)[0-9]{2}|[0-9]{2}|[零〇一二三四五六七八九]{2}|"
                       r"[一二][零〇一二三四五六七八九]{3})年(?:那年|那会儿?|的时候|时)?(?P<who>我|俺)?(?:才|就|刚)?"
                       r"(?P<n>[1-3][0-9]|[一二三]?十[一二三四五六七八九]?)岁(?:那年|时|的时候)?")
_YOUNGEST, _OLDEST = 14, 35  # the ages a working life is said to start or move at

# one's age at a past year said bare, with no 岁, at a clause's end: "一六年那届…我爸那年五十二", "2016年的时候他五十
# 出头" is no one age, but "那时候四十八" is. The year is said ("2016年") or referred back to (那年, 那时候: the year
# said nearest before, as ``when.name_that_year`` reads it); the number alone is an age only there, and at an age a
# working person has (a count, "干了五十二", has its verb; "五十二名" its unit)
_BARE_AGE = re.compile(r"(?:(?<![0-9零〇一二三四五六七八九十])(?P<y>(?:19|20)[0-9]{2}|[0-9]{2}|[零〇一二三四五六七八九]{2})年"
                       r"(?:的时候|那会儿?|那时候?|时)?|(?P<that>那一?年|那时候?|那会儿?|当时))"
                       r"(?P<who>(?:我|俺|他|她)(?:爸|妈|老公|老婆|爱人|师傅|父亲|母亲)?)?(?:才|就|刚|都|已经|正好)?"
                       r"(?P<n>[1-7][0-9]|[一二三四五六七]十[一二三四五六七八九]?|十[六七八九])(?:了|啦)?"
                       r"(?=[，,。；;！!？?\s]|$)")
_BARE_YOUNGEST, _BARE_OLDEST = 16, 75


def date_year_age(text: str, today: dt.date) -> str:
    """``text`` with each "<year>年<age>岁" written as the year alone, and the birth it gives said before it when the
    message says no other birth or age; else as it is."""
    from assistant.extract.numbers import to_number, year_from
    from assistant.extract.people import read_birth
    from assistant.extract.text import normalize, segments

    found = []
    for m in _YEAR_AGE.finditer(text):
        year, age = year_from(m["y"], today), to_number(m["n"])
        if year is not None and age is not None and _YOUNGEST <= age <= _OLDEST:
            found.append((m, year - int(age)))
    if not found:
        return text
    rest = _YEAR_AGE.sub(lambda m: "□" * len(m.group()), text)
    said = read_birth(segments(normalize(rest)), today)
    births = {born for _, born in found}
    tell = len(births) == 1 and not said.get("_birth") and not said.get("_age")
    out, at = [], 0
    for i, (m, born) in enumerate(found):
        lead = f"{born}年生，" if tell and i == 0 else ""
        out.append(f"{text[at:m.start()]}{lead}{m['y']}年{m['who'] or ''}")
        at = m.end()
    return "".join(out) + text[at:]


def date_bare_ages(text: str, today: dt.date) -> str:
    """``text`` with each bare age at a past year ("那年五十二") written as the birth it gives ("1964年生"), when it is
    the message's one age and no birth is said; else as it is (read as one's age now, the 五十二 was lost: without
    岁 and without 今年 no reader takes it)."""
    from assistant.extract.numbers import to_number, year_from
    from assistant.extract.people import read_birth
    from assistant.extract.text import normalize, segments
    from assistant.extract.when import year_near

    found = []
    for m in _BARE_AGE.finditer(text):
        year = year_from(m["y"], today) if m["y"] else year_near(text, m.start(), today)
        age = to_number(m["n"])
        if year is not None and year < today.year and age is not None and _BARE_YOUNGEST <= age <= _BARE_OLDEST:
            found.append((m, int(year) - int(age)))
    if len(found) != 1:
        return text
    m, born = found[0]
    said = read_birth(segments(normalize(text[:m.start()] + text[m.end():])), today)
    if said.get("_birth") or said.get("_age"):
        return text
    return f"{text[:m.start()]}{m['who'] or ''}{born}年生{text[m.end():]}"
