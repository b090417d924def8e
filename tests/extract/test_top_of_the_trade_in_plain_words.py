"""The level held said to be the top of one's trade in plain words ("高级工就是我们这行最高的了") answers 浙派's
本职业（工种）最高等级; a top of something else ("工资是车间最高的") does not."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "top"), [
    ("高级工就是我们这行最高的了", True),
    ("我是高级工 但不是我们这行最高的", False),
    ("高级工，已经是最高等级了", True),
])
def test_top_of_the_trade(text, top):
    assert extract(text, TODAY).profile.get("is_highest_level_of_occupation") is top


@pytest.mark.parametrize("text", ["我工资是车间最高的", "拿了最高的分数"])
def test_a_top_of_something_else(text):
    assert "is_highest_level_of_occupation" not in extract(text, TODAY).profile
