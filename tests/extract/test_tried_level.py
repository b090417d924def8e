"""A level one tries for ("技师考了两回没考过", "高级技师在考") exists in one's trade, so a lower level held is not
the trade's top (浙派's "或本职业（工种）最高职业资格"); the level tried is never held."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "level"), [
    ("我就一个高级工证，技师考了两回没考过", "高级工"),
    ("我是技师，高级技师在考", "技师"),
    ("技师证还在考，现在是高级工", "高级工"),
])
def test_a_higher_level_tried_means_not_the_top(text, level):
    profile = extract(text, TODAY).profile
    assert profile.get("skill_level") == level
    assert profile.get("is_highest_level_of_occupation") is False


@pytest.mark.parametrize("text", ["高级技师，本职业最高就到高级技师了", "我是高级工", "徒弟技师没考过，我是高级工"])
def test_no_tried_level_no_claim(text):
    assert extract(text, TODAY).profile.get("is_highest_level_of_occupation") is not False
