"""An age said right after the year it was at: "九六年十七岁就在杭州饭店当学徒" (born about 1979, started in 1996).

Read as one's age now, the 十七岁 put the birth in 2008 and lost the start's trade years; the pair is the age at that
year, so it says the birth year too. The text is rewritten before the readers run, as ``when.name_age_years`` does:
the age is taken out, and the birth it gives is said as a clause of its own where the message says no other birth
or age ("我九六年十七岁就在…" -> "我1979年生，九六年就在…").
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["date_year_age"]

# a year, then at once the age one was that year ("2008年我二十岁来的杭州", "九六年那年十七岁"); a comma between them
# is not allowed ("78年的，19岁进厂" is a birth year, then an age, which ``name_age_years`` reads)
_YEAR_AGE = re.compile(r"(?<![0-9零〇一二三四五六七八九十])(?P<y>(?:19|20)[0-9]{2}|[0-9]{2}|[零〇一二三四五六七八九]{2}|"
                       r"[一二][零〇一二三四五六七八九]{3})年(?:那年|那会儿?|的时候|时)?(?P<who>我|俺)?(?:才|就|刚)?"
                       r"(?P<n>[1-3][0-9]|[一二三]?十[一二三四五六七八九]?)岁(?:那年|时|的时候)?")
_YOUNGEST, _OLDEST = 14, 35  # the ages a working life is said to start or move at


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
