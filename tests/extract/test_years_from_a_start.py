"""Years counted from a start said in ordinary words: 起 after the year and the work as 这个 (从18年起就干这个), a verb
and 起 (从一六年干起), learning the trade (零八年开始学的汽修), a join with the next clause going on up to now
(2015年进厂，到现在一直在做焊工) or staying there (八八年进厂就一直在); a Hangzhou old brand places the work. A
two-digit year before the speaker and 还 ("22年我还在写代码") dates a past post and is no count of 22 years."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "years"), [
    ("我从18年起就干这个", 7.92),
    ("从2018年起就干这个", 7.92),
    ("从一六年干起，做电商运营到现在", 9.92),
    ("零八年开始学的汽修，一直干到现在", 17.92),
    ("2015年进厂，到现在一直在做焊工", 10.92),
    ("八八年进厂就一直在", 37.92),
])
def test_a_start_gives_the_trades_years(text, years):
    assert extract(text, TODAY).profile.get("years_in_field") == pytest.approx(years, abs=0.01)


def test_an_old_brand_places_the_years_in_hangzhou():
    p = extract("张小泉剪刀厂 八八年进厂就一直在", TODAY).profile
    assert p["employer_city"] == "杭州"
    assert p["years_full_time_in_hangzhou"] == pytest.approx(37.92, abs=0.01)


@pytest.mark.parametrize("text", ["22年我还在写代码", "22年我还在写代码，现在主要管人了，带一个二十人的团队"])
def test_a_past_dated_post_is_no_count(text):
    assert "years_in_field" not in extract(text, TODAY).profile


def test_the_present_post_outranks_the_past_dated_one():
    assert extract("22年我还在写代码，现在主要管人了，带一个二十人的团队", TODAY).profile["role_type"] == "management"


@pytest.mark.parametrize("text", ["2019年开始学习", "从这个月起就干这个"])
def test_no_start_of_the_trade(text):
    assert "years_in_field" not in extract(text, TODAY).profile


@pytest.mark.parametrize(("text", "years"), [
    ("我72年的，18岁进厂当学徒，一直干到现在", 35.92),  # 1990
    ("我今年50岁，20岁开始学厨，一直干到现在", 29.92),  # born about 1976: 1996
    ("2003年进厂，一直干到现在", 22.92),
])
def test_an_age_or_a_join_going_on_dates_the_trade(text, years):
    assert extract(text, TODAY).profile.get("years_in_field") == pytest.approx(years, abs=0.01)


def test_the_age_of_a_start_is_no_age_now():
    from assistant.extract.when import name_age_years

    assert extract("我72年的，18岁进厂当学徒", TODAY).profile.get("birth_date") == "1972-01"
    assert name_age_years("1968年生，17岁那年进的杭州丝绸厂", TODAY) == "1968年生，1985年进的杭州丝绸厂"
    assert name_age_years("十六岁就跟师傅学木工", TODAY) == "十六岁就跟师傅学木工"  # no birth said
    assert name_age_years("我72年的，18岁", TODAY) == "我72年的，18岁"  # no start after the age
