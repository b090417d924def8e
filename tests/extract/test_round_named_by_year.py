"""A two-digit year put before a programme names that programme's round ("16年那个杭州工匠", "21年的首席技师"),
not a span of work: read as sixteen years in the trade, it contradicted a 94-born asker's age and hid a verdict."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", [
    "他做数控铣。16年那个杭州工匠他当时能报吗",
    "我是钳工，16年的杭州工匠我能不能报",
    "我在萧山做电工。21年那个首席技师评选我够不够",
    "做焊工的，23年的浙派工匠当时能申请吗",
])
def test_a_year_before_a_programme_is_no_span(text):
    assert extract(text, TODAY).profile.get("years_in_field") is None


@pytest.mark.parametrize(("text", "years"), [
    ("钳工干了16年，杭州工匠能报吗", 16.0),
    ("我做电工十二年了，21年的首席技师我够不够", 12.0),
])
def test_a_span_said_beside_a_round_is_still_read(text, years):
    assert extract(text, TODAY).profile.get("years_in_field") == years
