"""A verb with a result after it ("想搞清楚两边原话", "搞搞清楚", "做好了再说") is no trade: batch y dev qa-915 (a comparison
of two programmes' training after the award) had 搞清楚两边原话 read as the asker's occupation, the message became a
check of the asker, and one side of the comparison was lost. "我是搞数控的" is still a trade."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["想搞搞清楚两边原话", "想搞清楚两边原话", "做好了再说", "弄弄明白再报"])
def test_a_result_verb_names_no_occupation(text):
    assert "occupation" not in extract(text, TODAY).profile


def test_a_trade_said_with_gao_stays():
    assert extract("我是搞数控的", TODAY).profile.get("occupation") == "数控"
