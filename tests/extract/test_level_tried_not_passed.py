"""A level tried for and not passed ("高级技师去年报了没考出来") is not held, and the pass word inside a denial
("没考出来") is no pass. Found on a blind dev dialogue: a 机修钳工 correcting "其实是技师，高级技师去年报了没考出来"
stayed a 高级技师, so 浙派工匠 kept its level met."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "level"), [
    ("我其实是技师，高级技师去年报了没考出来", "技师"),
    ("我是技师，高级技师考了两次没考下来", "技师"),
    ("高级工，技师前年报的名，没能考上", "高级工"),
    ("高级工，技师去年报了，今年考出来了", "技师"),
    ("高级技师考试通过了", "高级技师"),
])
def test_the_level_held_is_the_one_passed(text, level):
    assert extract(text, TODAY).profile.get("skill_level") == level


def test_a_level_not_passed_says_the_level_held_is_not_the_top():
    assert extract("我其实是技师，高级技师去年报了没考出来", TODAY).profile.get("is_highest_level_of_occupation") is False
