"""A level below 高级技师 in a trade whose national standard goes up to 高级技师 ("制冷工技师", "电工，技师") is not the
trade's top level (浙派工匠 asks for 高级技师 or the top of one's trade); a top said by the asker outranks the table, a
trade not listed is still asked about, and the note saying so is shown only where 浙派工匠 is asked about."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["在冷链中心修制冷机组十一年了 制冷工技师", "技师，电工，在宁波一家电厂干了十年",
                                  "数控车工技师，干了八年", "我是机修钳工，高级工", "高级工，茶艺师，在龙井村做了十年"])
def test_below_the_top_of_a_graded_trade(text):
    e = extract(text, TODAY)
    assert e.profile.get("is_highest_level_of_occupation") is False, e.profile
    assert "设有高级技师" in e.top_note


@pytest.mark.parametrize("text, top", [
    ("我是焊工高级技师", None),                                    # the top itself: nothing to say
    ("我是技师，在船厂做焊工，我们这个工种最高就是技师", True),     # the asker's top outranks the table
    ("我徒弟是焊工技师", None),                                    # someone else's level
    ("植保无人机驾驶员，技师", None),                              # a trade not listed: asked
    ("我是电工程师，技师", None),                                  # 电工程 is no 电工
    ("在萧山纺织厂当挡车工十二年了 高级工", None),                  # 挡车工 is no 车工: a trade not listed, asked
])
def test_left_as_said(text, top):
    assert extract(text, TODAY).profile.get("is_highest_level_of_occupation") is top

