"""An age said as a stretch ("四十七八岁") is no age: it was read as 18 ("十七八岁" inside it) and gave a birth in
2007. With a zodiac sign the stretch allows one year of that animal, which is the birth year (month open); a sign
alone repeats every twelve years and gives nothing (issue #13: no invented values)."""

from __future__ import annotations

import pytest

from tests.extract_support import ABSENT, check


@pytest.mark.parametrize("text, expected", [
    ("我今年五十六七岁了，在萧山做油漆", {"birth_date": ABSENT}),
    ("三十八九岁，做电工的", {"birth_date": ABSENT}),
    ("属羊，五十多岁，还在车间", {"birth_date": "1967-01"}),
    ("属猴的，四十出头", {"birth_date": ABSENT}),  # 40-43 allows no 猴 year (1980 is 46)
    ("我属兔", {"birth_date": ABSENT}),
    ("我今年36岁", {"birth_date": "1989-12"}),
])
def test_age_stretch_and_sign(text, expected):
    check(text, expected)
