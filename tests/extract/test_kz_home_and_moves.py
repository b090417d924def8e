"""Facts told in passing by applicants to 首届杭州工匠 and 浙派工匠 (craft23, probes eval/probes/kz_*): a home place said
as 老家 for the nationality, half a year back as a date, "三个来月" as a count, and a province named all along before a
move to Hangzhou as the years before it (outside Zhejiang, and not the trade's start)."""

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.numbers import durations
from assistant.extract.when import dates_in

TODAY = dt.date(2026, 11, 21)


def _profile(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize("text", ["我老家江西，在东莞做了十五年注塑模具", "我老家河南的，八一年生", "老家是四川的",
                                  "九八年从安徽老家过来，进了杭州一家汽配厂"])
def test_a_home_place_in_china_said_as_laojia_is_chinese(text):
    assert _profile(text)["nationality"] == "中国"


@pytest.mark.parametrize("text", ["我师傅老家安徽", "我老家那边有个厂", "从老家过来的", "我老家农村的"])
def test_no_nationality_from_someone_elses_home_or_no_place(text):
    assert _profile(text).get("nationality") != "中国"


def test_a_nationality_said_outranks_the_home_place():
    assert _profile("我老家江西的，〇八年入了新加坡籍")["nationality"] != "中国"


@pytest.mark.parametrize("text, first, last", [("半年前来的宁波", "2026-04-01", "2026-05-31"),
                                               ("半年以前来的温州", "2026-04-01", "2026-05-31"),
                                               ("大半年前调过来的", "2025-12-01", "2026-04-30")])
def test_half_a_year_back_is_six_or_seven_months_back(text, first, last):
    [when] = dates_in(text, TODAY)
    assert (when.first.isoformat(), when.last.isoformat()) == (first, last)


@pytest.mark.parametrize("text", ["一年半前来的", "上半年来的"])
def test_a_year_and_a_half_and_the_first_half_are_not_half_a_year_back(text):
    assert all(w.first < dt.date(2026, 4, 1) or w.text == "上半年" for w in dates_in(text, TODAY))


def test_half_a_year_back_in_zhejiang_is_under_a_year():
    assert _profile("半年前来的宁波，之前在安徽干了二十年钳工")["years_full_time_in_zhejiang"] < 1


@pytest.mark.parametrize("text, years", [("到宁波工作三个来月了", 0.25), ("在宁波干了十个来月", 0.83)])
def test_months_or_so_are_a_count(text, years):
    assert durations(text)[0].years == years
    assert _profile(text)["years_full_time_in_zhejiang"] == years


def test_a_province_all_along_before_a_move_to_hangzhou_is_outside_zhejiang_and_not_the_trades_start():
    p = _profile("我一直在安徽干，今年刚调到杭州分公司")
    assert p["years_full_time_in_zhejiang"] < 1 and "years_in_field" not in p
    assert _profile("一直在江苏干，去年年底才调来杭州")["years_full_time_in_zhejiang"] < 1


def test_a_city_of_zhejiang_all_along_before_the_move_leaves_zhejiang_open():
    assert "years_full_time_in_zhejiang" not in _profile("我一直在宁波干，今年刚调到杭州分公司")


# a workshop head who still works by hand, the hands told a clause or more after the post (roles._hands_told_later):
# asked, as "我是车间主任 管三十个人 但也天天上机床干活" is (docs/verdict-policy.md, 岗位既管人又动手)
@pytest.mark.parametrize("text", ["车间主任，管三十个人，但也天天上机床干活", "车间副主任，兼着干装配，手上活没停过",
                                  "现在是车间主任，手下四十来号人，可我还是天天上机床干活"])
def test_a_head_with_the_hands_on_the_work_told_later_is_asked(text):
    assert "role_type" not in _profile(text)


@pytest.mark.parametrize("text, role", [("车间主任，管三十个人", "management"), ("车间副主任，兼着干行政", "administrative"),
                                        ("车间主任，管三十个人，可是很少上机床了", "management"),
                                        ("我是班组长，手底下六个人，自己也一直在干", "frontline_technical")])
def test_a_head_off_the_tools_or_a_team_leader_on_them_is_decided(text, role):
    assert _profile(text)["role_type"] == role
