"""A year's number, then 来 and a place ("18年来萧山", "一四年来钱塘"), is the year one came there, as "18年来杭州"
is; a count ("十五年来", "15年来一直在萧山") is a span."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "start"), [("18年来萧山", "2018-12"), ("我一四年来钱塘 一直在做工业机器人调试", "2014-12"),
                                             ("18年来杭州", "2018-12")])
def test_a_year_then_a_place_is_a_start(text, start):
    assert extract(text, TODAY).profile.get("hangzhou_full_time_start") == start


@pytest.mark.parametrize("text", ["15年来一直在萧山做调试", "十五年来萧山变化很大"])
def test_a_count_of_years_is_no_start(text):
    assert "hangzhou_full_time_start" not in extract(text, TODAY).profile
