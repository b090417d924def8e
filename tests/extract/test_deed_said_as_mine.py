"""A deed said as the speaker's thing, then what came of it ("我搞的那个压榨辊快换工装全省同行都来学"), is an
achievement (asked as a new user in an ``ask --batch`` talk, round twenty-two: the reply to the awards question
dropped it, and the achievements question came next); others coming to learn a way of working is its spreading."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("text", ["我搞的那个压榨辊快换工装全省同行都来学", "我自己设计的那套检测夹具 外地厂里专门来取经",
                                  "比赛没参加过 但我改的那台包装设备全市同行都来参观"])
def test_a_thing_of_ones_own_making_is_a_deed(text):
    assert extract(text, TODAY).profile.get("achievements")


@pytest.mark.parametrize("text", ["我们厂买的那台设备挺好", "我做的那个平台没什么用", "没搞过什么工装"])
def test_not_every_thing_is_a_deed(text):
    assert not extract(text, TODAY).profile.get("achievements")
