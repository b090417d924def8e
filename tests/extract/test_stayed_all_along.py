"""A start of the working life in one clause (graduation, the first job, entering the trade or a unit) and a stay
all along in another ("一直在杭州", "这些年一直在这边", "没离开过杭州", "都在杭州，没出去过") date the start in the one
place the message names for work; a second place or a move leaves it to the starts said for that place."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "year"), [
    ("11年职高毕业就在厂里做电工 一直在杭州", 2011),
    ("第一份工作是2015年在公司做前端，中间换过一次工作，都在杭州，没出去过", 2015),
    ("2009年入行干汽车喷漆，没离开过杭州", 2009),
    ("我13年开始做数控，这么多年一直在这边，余杭", 2013),
    ("07年退伍出来就进了电厂当检修工，一直在萧山", 2007),
])
def test_a_career_start_with_a_stay_all_along(text, year):
    profile = extract(text, TODAY).profile
    assert profile.get("hangzhou_full_time_start", "")[:4] == str(year)
    assert profile.get("employer_city") == "杭州"


@pytest.mark.parametrize(("text", "year"), [
    ("10年毕业在苏州做了三年，13年来的杭州，之后一直在这边", 2013),  # the move's own start
    ("06年入行 一直在绍兴 前年才调到杭州", 2024),
])
def test_a_second_place_leaves_the_move_to_date_it(text, year):
    assert extract(text, TODAY).profile.get("hangzhou_full_time_start", "")[:4] == str(year)


def test_a_stay_denied_dates_nothing():
    profile = extract("12年毕业就做这行，不是一直在杭州", TODAY).profile
    assert not profile.get("hangzhou_full_time_start")


@pytest.mark.parametrize("text", [
    "88年进的轴承厂 在拱墅那边 一直干到现在",
    "2004年进了一家机械厂，在临平，一直干到现在",
])
def test_joining_a_unit_named_by_its_kind_is_a_start(text):
    assert extract(text, TODAY).profile.get("years_full_time_in_hangzhou", 0) > 20


@pytest.mark.parametrize(("text", "occupation"), [
    ("我在厂里做3D打印工艺", "3D打印工艺"),
    ("在仓前做金属3D打印工艺", "金属3D打印工艺"),
])
def test_a_work_object_with_a_digit_inside(text, occupation):
    assert extract(text, TODAY).profile.get("occupation") == occupation
