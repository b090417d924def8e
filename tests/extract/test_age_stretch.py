"""An age said as a stretch ("四十七八岁") is no age: it was read as 18 ("十七八岁" inside it) and gave a birth in
2007. With a zodiac sign the stretch allows one year of that animal, which is the birth year (month open); a sign
alone repeats every twelve years and gives nothing (issue #13: no invented values). A stretch alone ("今年五十出头") is
a range of birth months: the profile holds the oldest, ``early`` the youngest, and the chat checks both ends."""

from __future__ import annotations

import pytest

from assistant.extract import extract
from tests.extract_support import ABSENT, TODAY, check


@pytest.mark.parametrize("text, expected", [
    # a stretch alone: the oldest birth month it allows, the youngest kept as the other end (below)
    ("我今年五十六七岁了，在萧山做油漆", {"birth_date": "1968-12"}),
    ("三十八九岁，做电工的", {"birth_date": "1986-12"}),
    ("属羊，五十多岁，还在车间", {"birth_date": "1967-01"}),
    ("属猴的，四十出头", {"birth_date": ABSENT}),  # 40-43 allows no 猴 year (1980 is 46)
    ("我属兔", {"birth_date": ABSENT}),
    ("我今年36岁", {"birth_date": "1989-12"}),
])
def test_age_stretch_and_sign(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, oldest, youngest", [
    ("今年五十出头了，在工地上干钢筋工", "1972-12", "1976-11"),
    ("快六十的人了，还在厂里修设备", "1966-12", "1969-11"),
    ("我都五十好几了", "1966-12", "1971-11"),
    ("我四十多岁，做电工", "1976-12", "1985-11"),
])
def test_an_age_said_as_a_stretch_is_a_range_of_births(text, oldest, youngest):
    found = extract(text, TODAY)
    assert found.profile.get("birth_date") == oldest
    assert found.early.get("birth_date") == (oldest, youngest)


@pytest.mark.parametrize("text", ["带了四十多个徒弟", "干了三十多年钳工", "厂里五十多个人"])
def test_a_stretch_that_counts_something_is_no_age(text):
    assert "birth_date" not in extract(text, TODAY).profile
