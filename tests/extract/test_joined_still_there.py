"""Joined a unit and still there ("2018年7月入职杭州某公司至今") is employment, as "在公司上班" is: the chat asked
the asker's employment again."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我是软件测试工程师，2018年7月入职杭州某公司至今", "我入职这家公司到现在三年"])
def test_joined_and_still_there_is_employed(text):
    assert extract(text, TODAY).profile.get("employment") == "full_time"


@pytest.mark.parametrize(("text", "field"), [
    ("我在拱墅一家做医院LIS检验信息系统的民营公司 一四年就在了", "years_full_time_in_hangzhou"),
    ("我在拱墅一家软件公司，2014年就在了", "years_full_time_in_hangzhou"),
    ("他在宁波一家厂 一四年就在了", "years_full_time_in_zhejiang"),
])
def test_been_there_since_a_year_with_the_place_said_before(text, field):
    # batch aa dev el-aa105: "一四年就在了" gave no years, and 首届 stayed needs_review on the years in Hangzhou
    assert round(extract(text, TODAY).profile.get(field) or 0) == 12
