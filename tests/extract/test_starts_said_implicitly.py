"""The trade's start said implicitly (ext14): an apprenticeship dated by its year (2008年学厨, 05年当学徒), an age said
after the start it dates (学厨是十七岁, 入行的时候才二十) with one's age now, and leaving school or the army dated after
it (毕业是2012年, 退伍那年是2008年) or followed by the work itself (技校毕业就干这个, 毕业后一直干). Learning
anything else (学车, 学了个驾照) is no start, and one's own age now is no start's age."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.when import name_age_years, name_event_years

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "years"), [
    ("2008年学厨，今年三十五，中间没换过行", 17.92),
    ("九八年跟师傅学木雕，一直做到现在", 27.92),
    ("05年当学徒学修车", 20.92),
    ("学厨是十七岁，今年三十五，中间没换过行", 17.92),
    ("入行的时候才二十，我今年45", 24.92),
    ("学木雕那年18岁，我是1980年生的", 27.92),
    ("技校毕业就干这个，2009年毕业的", 16.92),
    ("大学学的就是这个专业，毕业后一直干，毕业是2012年", 13.92),
    ("退伍就进了电力公司干线路，退伍那年是2008年", 17.92),
])
def test_an_implicit_start_gives_the_trades_years(text, years):
    assert extract(text, TODAY).profile.get("years_in_field") == pytest.approx(years, abs=0.01)


def test_the_age_after_the_start_is_written_as_its_year():
    assert name_age_years("学厨是十七岁，今年三十五", TODAY).startswith("2008年学厨")


def test_ones_age_now_is_no_starts_age():
    assert name_age_years("进厂好多年了，今年三十五", TODAY) == "进厂好多年了，今年三十五"


def test_leaving_school_dated_after_dates_the_undated_one():
    assert name_event_years("毕业后一直干，毕业是2012年").startswith("2012年毕业后一直干")


@pytest.mark.parametrize("text", ["2019年学车，现在开网约车", "2019年学了个驾照"])
def test_learning_no_trade_starts_none(text):
    assert extract(text, TODAY).profile.get("years_in_field") != pytest.approx(6.92, abs=0.01)


@pytest.mark.parametrize(("text", "field", "years"), [
    ("来杭州那年我二十，现在四十二了", "years_full_time_in_hangzhou", 21.92),  # a move dated by one's age then
    ("干这行的时候才十九，现在都五十了", "years_in_field", 30.92),  # the age now said without 岁
    ("从学徒干起干到现在，十六岁当的学徒，今年四十八", "years_in_field", 31.92),
    ("十七岁出来打工就干电工，今年三十六", "years_in_field", 18.92),  # the first job, with the work taken up in it
    ("在杭州念的大专，18年毕业就留杭了，做前端", "years_full_time_in_hangzhou", 7.92),
    ("大学在杭州读的，毕业留下来了，2016年毕业", "years_full_time_in_hangzhou", 9.92),  # stayed where one studied
])
def test_a_life_story_gives_the_years(text, field, years):
    assert extract(text, TODAY).profile.get(field) == pytest.approx(years, abs=0.01)


def test_a_bare_number_now_is_no_age_without_a_starts_age():
    assert name_age_years("现在四十二了", TODAY) == "现在四十二了"
