""""九几年就干了", "2008年就干了": a year, then 就 and the work verb in the perfective with nothing after it, is the
trade's start (it was read as nothing, and the chat asked a start year the asker had just said)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "start"), [
    ("他在余杭做木雕 九几年就干了", ("1990-01", "1999-12")),
    ("我在萧山做焊工 2008年就干了", ("2008-01", "2008-12")),
])
def test_a_year_then_already_at_it_is_the_start(text, start):
    assert extract(text, TODAY).early["years_in_field"] == start


def test_a_count_after_it_is_a_count():
    assert extract("我在萧山做焊工 2008年就干了三年", TODAY).profile["years_in_field"] == pytest.approx(3.0)
