"""Time away inside a Hangzhou stay said loosely is subtracted from it (ext15): the year of a move to a place said
without its name is a date ("19年回老家待了一年半": 19 is 2019, no count of 19 years, so the clause says one span and
is a gap before the return), and a conjunction before 有N年 ("但有三年是在外地跑工地的") still marks the time as inside
the stay."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.numbers import durations

TODAY = dt.date(2026, 11, 21)


def test_a_year_then_a_move_to_an_unnamed_place_is_a_date():
    assert [d.years for d in durations("19年回老家待了一年半")] == [1.5]
    assert [d.years for d in durations("18年去外地打了两年工")] == [2.0]


def test_a_count_then_no_move_is_still_a_count():
    assert [d.years for d in durations("干了19年")] == [19.0]


def test_time_away_before_a_return_is_subtracted():
    p = extract("我15年来杭州打工，19年回老家待了一年半，20年下半年又回来，一直到现在", TODAY).profile
    assert 9.2 <= p["years_full_time_in_hangzhou"] <= 10.5


@pytest.mark.parametrize("text", ["来杭州快十年了，但有三年是在外地跑工地的", "来杭州快十年了，不过有三年在外地"])
def test_a_conjunction_before_the_inside_count(text):
    assert extract(text, TODAY).profile["years_full_time_in_hangzhou"] == pytest.approx(6.5)
