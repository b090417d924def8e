"""Years at a Zhejiang county or town outside Hangzhou (桐乡, 诸暨, 乐清) are years in Zhejiang.

The place reader knew only the province's eleven cities, so "我在桐乡一家化纤厂做纺丝 干了十六年了" set the
employer's city (嘉兴, from the gazetteer) but counted the sixteen years nowhere, and 浙派工匠 asked for them again.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "years"), [
    ("我在桐乡一家化纤厂做纺丝 干了十六年了", 16.0),
    ("在诸暨袜厂做了八年挡车工", 8.0),
    ("我在乐清做低压电器装配十二年", 12.0),
])
def test_a_county_of_zhejiang_counts_for_zhejiang(text, years):
    profile = extract(text, TODAY).profile
    assert profile.get("years_full_time_in_zhejiang") == years
    assert "years_full_time_in_hangzhou" not in profile


@pytest.mark.parametrize("text", ["在昆山干了五年模具", "在太仓做了八年挡车工"])
def test_a_county_elsewhere_does_not(text):
    assert "years_full_time_in_zhejiang" not in extract(text, TODAY).profile

