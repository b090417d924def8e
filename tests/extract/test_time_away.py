"""Time away inside a stay is subtracted from it (``extract.gaps``): "在杭州干了十年，中间回老家三年" is seven years in
Hangzhou. Idle time leaves the trade's years too; time posted elsewhere only the place's; a second stay that has its
own count, a start said on the return, and a trip on the job are no gap."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _p(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize(("text", "hz"), [
    ("杭州这边我待了十二年，这中间有三年是在外地跑项目", 9.0),
    ("在杭州的厂里干了七年，其中有一年在柯桥的分厂", 6.0),
    ("我在滨江上班八年了，其中一年半是在外地驻场", 6.5),
    ("在余杭做了十一年仓管，中途回老家歇了两年", 9.0),
])
def test_time_away_inside_a_count_leaves_the_place(text, hz):
    assert _p(text)["years_full_time_in_hangzhou"] == pytest.approx(hz)


def test_idle_time_leaves_the_trade_too():
    p = _p("在萧山开了十四年塔吊，期间有两年生病在家")
    assert p["years_in_field"] == pytest.approx(12.0)
    assert p["years_full_time_in_hangzhou"] == pytest.approx(12.0)
    assert _p("做钳工十年了，中间休息过半年")["years_in_field"] == pytest.approx(9.5)


def test_posted_elsewhere_keeps_the_trade_and_zhejiang():
    p = _p("在宁波做了六年模具，中间有一年被派到上海")
    assert p["years_full_time_in_zhejiang"] == pytest.approx(5.0)
    assert p.get("years_in_field", 6.0) == pytest.approx(6.0)


def test_time_away_after_a_start_and_a_return():
    p = _p("2013年来的杭州，17年到18年回老家照顾老人，后来又回来接着干")
    assert p["years_full_time_in_hangzhou"] == pytest.approx(11.92)  # 2013-12 to 2026-11, less one year
    assert "hangzhou_full_time_start" not in p  # the start no longer gives the count


@pytest.mark.parametrize("text", [
    "在杭州干了九年，中间换过两次厂",  # nothing said away
    "在杭州上了六年班，中间去上海培训了三个月",  # a course on the job
    "在杭州干了十年，之前在上海干了三年",  # before the stay, not inside it
])
def test_no_gap(text):
    said = {"九年": 9.0, "六年": 6.0, "十年": 10.0}
    assert _p(text)["years_full_time_in_hangzhou"] == pytest.approx(next(v for k, v in said.items() if k in text))


def test_a_return_with_its_start_counts_from_the_return():
    p = _p("2011年在杭州做保安，后来去昆山待了三年，2020年又回杭州一直干到现在")
    assert p["hangzhou_full_time_start"] == "2020-12"  # the time away came before the start; nothing subtracted
    assert p["years_full_time_in_hangzhou"] >= 5.9


def test_other_work_in_the_same_place_leaves_only_the_trade():
    p = _p("在萧山当了十五年油漆工，其实中间有两年改行跑运输了")
    assert p["years_in_field"] == pytest.approx(13.0)
    assert p["years_full_time_in_hangzhou"] == pytest.approx(15.0)


def test_in_fact_before_time_inside_is_no_correction():
    assert _p("在杭州开了十二年出租，其实中间有两年去做生意")["years_in_field"] == pytest.approx(10.0)
    assert _p("干了十年电工，其实是八年")["years_in_field"] == pytest.approx(8.0)  # a correction still corrects


@pytest.mark.parametrize(("text", "field"), [
    ("在萧山一家物流公司开叉车 十年了 中间出去跑过两年运输", 8.0),
    ("在余杭做钣金十二年 中间当过两年兵", 10.0),
    ("在临平修空调九年了，中间送了一年外卖", 8.0),
])
def test_other_work_with_an_aspect_particle_is_other_work(text, field):
    # "跑过运输", "当过兵", "送了外卖": 过/了 between the verb and its object; the stint was another job, not two
    # years in the trade set against ten in Hangzhou (which read as a contradiction and dropped both)
    p = _p(text)
    assert p["years_in_field"] == pytest.approx(field)
    assert "years_full_time_in_hangzhou" in p
