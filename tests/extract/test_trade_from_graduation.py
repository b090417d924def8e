"""The trade taken up on graduating ("15年毕业就干这个", "2015年毕业就干这行", "毕业后一直做这行") starts the trade's
years that year (batch p dev el-p001 had no trade years at all)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["15年毕业就干这个", "2015年毕业就干这行", "我15年毕业就一直干这个，在滨江",
                                  "2015年大学毕业后一直做这行"])
def test_graduation_starts_the_trade(text):
    years = extract(text, TODAY).profile.get("years_in_field")
    assert years is not None and 10 <= years <= 12, years


def test_graduating_alone_starts_nothing():
    assert "years_in_field" not in extract("2015年毕业的，后来去当了兵", TODAY).profile
