"""Counts of years told as of a past year are moved to today's reckoning (extract.then_counts, read by
extract.years); a count said plainly, or a closed stay, is not."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.then_counts import as_of_year

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(("clause", "year"), [
    ("到一六年报名那会儿", 2016),
    ("截至2016年", 2016),
    ("算到16年底", 2016),
    ("一六年的时候我在杭州已经做了十五年钳工", 2016),
    ("2019年那会儿我在萧山干了11年", 2019),
    ("干到一六年", None),  # the end of a stint, no count told as of it
    ("从2004年到2016年在杭州", None),  # a closed stay
    ("到现在干了十二年", None),
    ("到2026年", None),  # this year is today's reckoning already
    ("16年来杭州", None),
])
def test_the_year_a_clause_counts_to(clause, year):
    assert as_of_year(clause, TODAY) == year


@pytest.mark.parametrize(("said", "years"), [
    ("到一六年报名那会儿 我在杭州干了十二年电工", 22.42),
    ("一六年的时候我在杭州已经做了十五年钳工", 25.42),
    ("截至2016年，在杭州干模具八年", 18.42),
])
def test_a_count_told_as_of_a_past_year_runs_to_today(said, years):
    profile = extract(said, TODAY).profile
    assert profile["years_in_field"] == pytest.approx(years)
    assert profile["years_full_time_in_hangzhou"] == pytest.approx(years)


def test_a_count_told_plainly_is_today_s():
    assert extract("我在杭州干了十二年电工", TODAY).profile["years_in_field"] == 12.0
