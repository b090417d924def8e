"""A month and day with no year, said after a start named by its month, is a day of that month: "去年三月份才跳槽来的杭州"
then "3月17号入职的" stays March 2025 (read alone it became March this year). And "入职第二个月就入了(工会)" is a point
after joining, neither a start in February nor a span of work."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from tests.chat_support import talk

TODAY = dt.date(2026, 11, 21)
FIRST = "第四届那个数字工匠 我2018年开始做云原生开发 之前一直在南京 去年三月份才跳槽来的杭州 在西湖区"


@pytest.mark.parametrize("day", ["3月17号入职的 劳动合同上写着 一直全职", "三月十七号入的职", "是3月份入职的"])
def test_a_day_of_the_month_already_said_keeps_its_year(deps, day):
    session, _ = talk(deps, FIRST, day)
    assert session.profile["hangzhou_full_time_start"] == "2025-03"


def test_another_month_is_not_dated_by_it(deps):
    session, _ = talk(deps, FIRST, "5月17号入职的")
    assert session.profile["hangzhou_full_time_start"] != "2025-05"


def test_an_ordinal_month_after_joining_is_no_start_and_no_span():
    profile = extract("会员 公司工会 入职第二个月就入了", TODAY, where="杭州").profile
    assert profile.get("union_member") is True
    assert "hangzhou_full_time_start" not in profile and "years_in_field" not in profile


@pytest.mark.parametrize("day", ["17号入的职，3月17号，全职", "17号入职的", "是17日报到的，全职"])
def test_a_day_said_without_its_month_is_of_the_start_month(deps, day):
    """"17号入的职" after "去年三月份才跳槽来的杭州": the 17th of that March, not of this month (read alone, the day
    became November this year and made the time in Hangzhou too short)."""
    session, _ = talk(deps, FIRST, day)
    assert session.profile["hangzhou_full_time_start"] == "2025-03"
