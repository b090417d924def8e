"""Ages said loosely at the start of a working life are read at their latest (extract.hedged_ages), so a birth year
dates the start ("我八零年的 十几岁就在杭州修车了": 1999)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.hedged_ages import latest_ages

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(("said", "written"), [
    ("十几岁就在杭州修车了", "十九岁就在杭州修车了"),
    ("二十出头进的厂", "二十三岁进的厂"),
    ("十七八岁学的木工", "十八岁学的木工"),
    ("二十来岁就当学徒", "二十二岁就当学徒"),
    ("二十多岁来的杭州", "二十九岁来的杭州"),
    ("打小就干这个", "十六岁就干这个"),
    ("从小跟着我爸学箍桶", "十六岁就跟着我爸学箍桶"),
    ("从小在杭州长大", "从小在杭州长大"),  # childhood, no start of work
    ("干了十几年", "干了十几年"),  # a count, no age
    ("我三十多岁了", "我三十多岁了"),  # an age now
    ("十五七岁", "十五七岁"),  # no neighbouring pair
])
def test_loose_ages_at_their_latest(said, written):
    assert latest_ages(said) == written


@pytest.mark.parametrize(("said", "start"), [
    ("我八零年的 十几岁就在杭州修车了", "1999-12"),
    ("我七五年的 二十出头进的杭州丝绸厂 一直在车间", "1998-12"),
])
def test_a_loose_age_dates_the_start_by_the_birth_year(said, start):
    assert extract(said, TODAY).profile["hangzhou_full_time_start"] == start


def test_a_start_with_the_trade_s_own_verb_is_the_trade_s():
    assert extract("我1999年就在杭州修车了", TODAY).profile["years_in_field"] == 27.0
