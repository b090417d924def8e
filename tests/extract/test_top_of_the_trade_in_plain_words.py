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


def test_a_bare_high_at_the_top_is_the_worker_grade():
    # "她们这行最高就是高级": 高级 alone at the top is 高级工 (高级技师 is said in full)
    p = extract("护理员证是高级的 我问问她……她说她们这行最高就是高级", TODAY).profile
    assert p["skill_level"] == "高级工" and p["is_highest_level_of_occupation"] is True


@pytest.mark.parametrize(("text", "taught"), [
    ("带过七八个新来的护工", True), ("教过好多新人", True), ("我刚带了新来的同事去食堂", False),
])
def test_people_new_to_the_work_taught_are_apprentices(text, taught):
    assert bool(extract(text, TODAY).profile.get("trained_apprentices")) is taught
