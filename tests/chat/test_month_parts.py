"""A part of a month said for a day (上旬, 中旬, 下旬, 月初, 月底) is checked by the days it spans (chat/premise/dates.py)."""

from __future__ import annotations

import pytest

from assistant.chat.premise import correction

_APRIL_10 = "请各推荐单位于4月10日前将《第四届“杭州数字工匠”推荐表》(附件)和汇总表…报送至市总工会经济工作部"
_MARCH_31 = "推荐截止日期为2023年3月31日"


@pytest.mark.parametrize(("question", "quote", "first"), [
    ("第四届数字工匠四月中旬前交上去都来得及吧", _APRIL_10, "不对"),
    ("第四届数字工匠4月下旬截止的吧", _APRIL_10, "不对"),
    ("第四届数字工匠4月底截止吧", _APRIL_10, "不对"),
    ("第四届数字工匠4月上旬截止的吧", _APRIL_10, "是的"),  # the 10th is in the first ten days
    ("首届数字工匠3月底截止吧", _MARCH_31, "是的"),  # the 31st is the month's end
    ("首届数字工匠3月中旬就截止了吧", _MARCH_31, "不对"),
])
def test_a_part_of_a_month_holds_the_stated_day_or_not(question, quote, first):
    assert correction(question, quote).startswith(first)


_JULY_15 = "各区、县（市）人力社保部门及市各主管部门、行业协会报送截止时间为 7 月 15 日。"


@pytest.mark.parametrize(("question", "first"), [
    ("首席技师上半年就截止了吧", "不对"),  # July is the second half
    ("首席技师年底前报上去就行吧", "不对"),
    ("首席技师下半年才截止吧", None),  # it holds July: nothing to correct
    ("首席技师每年年底评一次吧", None),  # every year's end is no date of this round
])
def test_a_part_of_a_year_holds_the_stated_month_or_not(question, first):
    line = correction(question, _JULY_15)
    assert (line or "").startswith(first) if first else not (line or "").startswith("不对")
