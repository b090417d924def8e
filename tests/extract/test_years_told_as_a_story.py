"""Years in the trade and in Hangzhou told as a life story (years19): 之前 before a year is no "N years before"
(when), an age said right after its year dates the birth (year_age), a first stay in Hangzhou and a return to it
give a range of years (returns), and stays that name no trade are the one trade the message names (timeline)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.returns import fold_return
from assistant.extract.when import dates_in
from assistant.extract.year_age import date_year_age

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, year", [("之前2017年就在杭州做运维", 2017), ("以前一七年在杭州", 2017),
                                        ("之前零九年进的厂", 2009)])
def test_before_said_ahead_of_a_year_is_that_year(text, year):
    found = dates_in(text, TODAY)
    assert found and found[0].first.year == year


def test_a_first_stay_then_a_return_keeps_the_return_and_the_range():
    e = extract("之前一七年就在杭州做运维，二二年底又回到杭州这家公司", TODAY)
    assert e.profile.get("hangzhou_full_time_start") == "2022-12"
    assert e.early["years_full_time_in_hangzhou"][0] == "2017-01"


def test_fold_return_needs_a_return_said():
    c = {"hangzhou_full_time_start": ["2017-12", "2022-12"]}
    fold_return(c)
    assert c["hangzhou_full_time_start"] == ["2017-12", "2022-12"]  # two starts, no return: left to the resolver
    c["_hz_returned"] = [True]
    fold_return(c)
    assert c["hangzhou_full_time_start"] == ["2022-12"] and c["_earlyhangzhou_full_time_start"] == ["2017-12"]


@pytest.mark.parametrize("text, out", [
    ("我九六年十七岁就在杭州饭店当学徒", "我1979年生，九六年就在杭州饭店当学徒"),
    ("2008年我二十岁来的杭州", "1988年生，2008年我来的杭州"),
    ("我78年生，96年18岁进厂", "我78年生，96年进厂"),  # a birth said elsewhere: the age only goes
    ("我78年的，19岁就进厂", "我78年的，19岁就进厂"),  # a comma between: a birth year, then an age (name_age_years)
    ("2016年八岁", "2016年八岁"),  # no working age
])
def test_an_age_right_after_its_year(text, out):
    assert date_year_age(text, TODAY) == out


def test_an_age_at_a_year_is_no_age_now():
    profile = extract("我九六年十七岁就在杭州饭店当学徒，后来掌勺，一直没离开杭州", TODAY).profile
    assert profile.get("birth_date", "")[:4] == "1979"
    assert profile.get("hangzhou_full_time_start") == "1996-12" and profile.get("years_in_field", 0) > 29


def test_an_age_with_jiu_zai_is_a_start():
    profile = extract("我七八年生的，十九岁就在杭州的茶厂炒茶", TODAY).profile
    assert profile.get("birth_date", "")[:4] == "1978" and profile.get("hangzhou_full_time_start") == "1997-12"


def test_stays_naming_no_trade_are_the_trade_the_message_names():
    profile = extract("我是做西装定制的裁缝，九二年就来杭州学手艺，九八年到两千年去宁波干了两年，两千年回杭州一直到现在",
                      TODAY).profile
    assert profile.get("years_in_field", 0) > 33  # not the two years in Ningbo
    assert 31 < profile.get("years_full_time_in_hangzhou", 0) < 33


def test_stays_with_no_trade_named_anywhere_give_no_trade_years():
    profile = extract("2010年到2014年在杭州，2014年去了苏州，2019年又回到杭州", TODAY).profile
    assert "years_in_field" not in profile or profile["years_in_field"] < 10


@pytest.mark.parametrize("text, years", [("我八月份才从江西过来，在湖州一家厂做钳工", 0.25),
                                         ("五月份从广东来的温州，现在在一家鞋厂", 0.5)])
def test_a_bare_month_with_the_place_left_between(text, years):
    assert extract(text, TODAY).profile.get("years_full_time_in_zhejiang") == years


def test_a_bare_month_of_a_return_starts_nothing():
    assert "years_full_time_in_zhejiang" not in extract("十月份从老家回来的，在宁波", TODAY).profile


@pytest.mark.parametrize("text", ["在杭州八年了，做算法", "在杭州干了八年，做算法"])
def test_a_bare_clause_of_work_after_a_stay_is_the_work_of_those_years(text):
    assert extract(text, TODAY).profile.get("years_in_field") == 8.0


@pytest.mark.parametrize("text", ["在杭州住了八年，做算法", "在杭州干了八年，想做算法", "在杭州干了八年，现在在宁波做销售"])
def test_work_not_of_those_years_gives_no_trade_years(text):
    assert "years_in_field" not in extract(text, TODAY).profile


def test_the_same_work_said_of_both_stays():
    profile = extract("一五年到的杭州，之前在宁波做了五年，都是做运维", TODAY).profile
    assert profile.get("years_in_field", 0) > 15 and 10 < profile.get("years_full_time_in_hangzhou", 0) < 11


@pytest.mark.parametrize("text, start", [("2003年学的厨师，一直在杭州", "2003-12"),
                                         ("十八岁学的厨师，今年四十一，一直在杭州", "2003-12")])
def test_the_year_one_learnt_the_trade_starts_it(text, start):
    assert extract(text, TODAY).profile.get("hangzhou_full_time_start") == start


@pytest.mark.parametrize("text", ["2010年学的是计算机", "我15年学的车"])
def test_a_major_or_a_licence_learnt_is_no_trade(text):
    assert "years_in_field" not in extract(text, TODAY).profile


def test_the_years_an_event_lasted_are_a_stretch():
    from assistant.extract.when import name_event_years

    assert name_event_years("疫情那两年回老家了") == "2020年到2022年回老家了"
    assert name_event_years("疫情那年回的老家") == "2020年回的老家"  # one year, as before


def test_time_away_in_the_years_an_event_lasted_is_a_gap():
    profile = extract("一七年来的杭州，疫情那两年回老家了，现在在杭州做运维", TODAY).profile
    assert 6.5 < profile.get("years_full_time_in_hangzhou", 0) < 7.5


def test_a_move_said_without_its_place_goes_to_the_place_came_to():
    profile = extract("来杭州之前在苏州做了四年，一九年过来的，还是做测试", TODAY).profile
    assert profile.get("hangzhou_full_time_start") == "2019-12" and profile.get("years_in_field", 0) > 10


def test_the_place_came_to_is_one_place():
    from assistant.extract.years import place_came_to

    assert place_came_to("来杭州之前在苏州做了四年") == "杭州"
    assert place_came_to("在苏州做了四年") is None
