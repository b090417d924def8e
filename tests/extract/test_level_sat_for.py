"""A level said as still being sat for, with no level said as held ("技师还在考"): the level below it is held."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "level"), [
    ("技师还在考", "高级工"),
    ("高级技师今年报名了", "技师"),
    ("技师考了两回没考过", "高级工"),
    ("高级工，技师还在考", "高级工"),  # a level said as held stands
    ("我们工种有高级技师", None),  # a level the trade has is not one sat for
])
def test_the_level_below_the_one_sat_for_is_held(text, level):
    assert extract(text, TODAY).profile.get("skill_level") == level
