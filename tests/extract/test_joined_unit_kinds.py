"""A year said with joining the unit, named by its kind alone ("一五年进馆"), dates the present job in the city the
clause before names (extract.work, data: language/data/units.json)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("said", "start"), [
    ("我在杭州市图书馆做数字资源平台开发 一五年进馆一直干这个", "2015"),
    ("我在杭州一家医院做信息科运维 一五年进院的", "2015"),
    ("我在滨江一家研究所 一七年进所的", "2017"),
    ("我在西湖区一家设计院 一八年进的院", "2018"),
    ("我在上城一家银行做运维 一六年进的银行", "2016"),
    ("我在杭州一家厂 一五年进厂", "2015"),  # as before
    # short clauses about the post between the unit's clause and the join
    ("我是杭州一家区级图书馆的 事业编 不是参公 也不是啥领导 普通技术岗 一五年进馆就做平台开发", "2015"),
])
def test_the_join_dates_the_job_in_hangzhou(said, start):
    assert extract(said, TODAY).profile.get("hangzhou_full_time_start", "")[:4] == start


@pytest.mark.parametrize("said", ["我在宁波一家图书馆 一五年进馆", "一五年进台州一家厂", "我在杭州做开发 一五年进步很大"])
def test_no_start_in_hangzhou(said):
    assert "hangzhou_full_time_start" not in extract(said, TODAY).profile
