"""Shapes found on batch aj's dev rows, read by the extractor (phrasings here are new, not the rows'):
- a part of the day the time parser places on today ("半夜", "凌晨") is no start of anything (was: a start this month,
  0 years in Hangzhou);
- a join with the job named after it and "still at it" after that ("九八年进的水务公司，当抄表员，到现在还是…") gives
  the trade's years from the join (was: none);
- an event then its year ("结婚那年一七年…来的杭州") dates what follows (was: no start);
- a title won at a date ("浙江省首席技师前年评上的") dates no skill level (was: 技师 reached in 2024, so 高级工 in 2021);
- "之前在老家干了三年" with no other work named, before a move, is the same trade's time: the trade's own start said
  elsewhere gives its years (was: 3).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _p(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize("text", ["九七年进的煤气公司 当管道巡线工 到现在还是凌晨就出去巡线",
                                  "零三年进的公交公司 当修理工 一直干到现在"])
def test_join_then_job_then_still_at_it(text):
    p = _p(text)
    assert p.get("years_in_field", 0) > 20
    assert p.get("hangzhou_full_time_start") is None or p["hangzhou_full_time_start"] < "2010"


@pytest.mark.parametrize("text", ["我在萧山做钳工 到现在还是半夜起来去车间", "在滨江当保安 凌晨交班"])
def test_a_part_of_the_day_is_no_start(text):
    p = _p(text)
    assert p.get("hangzhou_full_time_start", "2000")[:4] != "2026"
    assert p.get("years_full_time_in_hangzhou") != 0.0


def test_event_then_its_year_dates_the_move():
    p = _p("孩子出生那年一九年跟着老婆来的杭州 在余杭做仓库叉车工")
    assert p.get("hangzhou_full_time_start", "")[:4] == "2019"


def test_unnamed_stint_before_the_move_is_the_same_trade():
    p = _p("一二年毕业就开始做测试开发 之前在老家干了四年 一六年来的杭州 现在还是做测试开发")
    assert p["years_in_field"] > 14
    assert 9 < p["years_full_time_in_hangzhou"] < 11


def test_a_named_other_job_before_is_still_not_the_trade():
    p = _p("之前开了五年出租 后来学的电工 二零年开始在萧山当电工")
    assert p.get("years_in_field", 0) < 7


def test_a_title_won_dates_no_level():
    e = extract("技师 浙江省首席技师前年评上的", TODAY)
    assert "since" not in e.skill_dates
    assert extract("技师证前年才考出来的", TODAY).skill_dates.get("since") == 2024


def test_a_move_to_another_employer_in_the_province_keeps_the_years_before():
    # hard22's control el-nq020 in other words: the years in Zhejiang did not start again at the new employer
    p = _p("在温州一家阀门厂干了十二年装配 今年春天又进了台州另一家阀门厂")
    assert p["years_full_time_in_zhejiang"] > 12
    p = _p("在余杭干了七年 前年跳槽到滨江一家公司")
    assert p["years_full_time_in_hangzhou"] > 8
