"""Years in the same trade in another city before Hangzhou count toward the trade's years, never toward Hangzhou's:
the trade is the same where the clause after the span says so (也是做…), where the span was read as the count of the job
named just before it, and a place one came to afterwards ("来杭州之前…") is not where the span was spent."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "field", "hz"), [
    ("之前在温州干了三年，也是做模具，后来到余杭做了五年", (7.9, 8.1), (4.9, 5.1)),
    ("我是做短视频剪辑的，之前在义乌干了三年，2022年来的杭州", (6.8, 7.0), (3.8, 4.0)),
    ("来杭州之前在湖州开了两年行车，来杭州以后开了六年", (7.9, 8.1), (5.9, 6.1)),
])
def test_the_trades_years_include_those_elsewhere(text, field, hz):
    profile = extract(text, TODAY).profile
    assert field[0] <= profile.get("years_in_field", -1) <= field[1]
    assert hz[0] <= profile.get("years_full_time_in_hangzhou", -1) <= hz[1]


def test_a_closed_stretch_is_no_start():
    profile = extract("2010年到2014年在杭州，后来去南京待了五年，2019年又回到杭州", TODAY).profile
    # the closed stretch starts nothing; the years are summed over the two stays (the timeline), so no start month
    # stands for them (the checker would count from it alone)
    assert profile.get("hangzhou_full_time_start") in (None, "2019-12")
    assert 10.8 <= profile.get("years_full_time_in_hangzhou", -1) <= 11.0
