""""2016年硕士毕业就进来了" after a clause placing the job: the start of the job there, and (a first job after
graduating) of the trade too. Found on a dialogue dev row; other phrasings here."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "year"), [
    ("本人在拱墅一家国企的数据公司做数据治理工程师，2016年硕士毕业就进来了", "2016"),
    ("我在滨江一家公司做开发，2018年本科毕业就来了", "2018"),
    ("在余杭一家软件公司写代码，2020年研究生毕业就进了这家公司", "2020"),
])
def test_joining_after_graduating_starts_the_job_and_the_trade(text, year):
    profile = extract(text, TODAY).profile
    assert profile["hangzhou_full_time_start"].startswith(year)
    assert profile["years_in_field"] == pytest.approx(profile["years_full_time_in_hangzhou"])


def test_graduating_alone_starts_nothing():
    assert "hangzhou_full_time_start" not in extract("我2019年大学毕业，在上海干了两年", TODAY).profile


@pytest.mark.parametrize("text", ["是本工种最高等级", "我是本职业里最高的级别", "是的会员"])
def test_a_reply_about_the_level_or_the_union_is_no_job_title(text):
    assert "occupation" not in extract(text, TODAY).profile


@pytest.mark.parametrize(("text", "job"), [("我在桐庐一个机械厂干了快三十年钳工了", "钳工"), ("我干了十几年电焊工", "电焊工"),
                                           ("我干了20年的车工", "车工")])
def test_the_span_before_a_job_is_not_part_of_it(text, job):
    assert extract(text, TODAY).profile["occupation"] == job
