"""A year referred back to (那年, 那一年, 同年) is the year the message named before it, else right after it: the
readers of starts then read it as said (jionlp alone reads 同年 as this year, and 那年 as nothing)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.when import name_that_year

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "start"), [
    ("2012年我从安徽过来，那年我刚到杭州，进了一家电梯公司", "2012"),
    ("那一年我刚来杭州，也就是2016年，进了一家纺织厂", "2016"),
    ("前年考了技师证，同年进了萧山这家厂", "2024"),
    # the year said right after 那年 is the year: not written twice ("2017年一七年")
    ("结婚那年一七年跟老公来的杭州 进了一家民营的物流数据公司", "2017"),
])
def test_the_year_referred_back_to_dates_the_start(text, start):
    assert extract(text, TODAY).profile.get("hangzhou_full_time_start", "")[:4] == start


@pytest.mark.parametrize("text", ["那年头日子苦，我在杭州干了十年", "我们同年龄的人都退休了", "那年我刚来杭州"])
def test_no_year_to_refer_to_leaves_the_text(text):
    assert name_that_year(text, TODAY) == text


@pytest.mark.parametrize(("text", "years"), [
    ("我是1995年进的厂，杭州一家刺绣厂，一直干到现在", 30.92),
    ("2008年进的萧山这家厂，机修车间，一直干到今天", 17.92),
])
def test_work_gone_on_since_a_start_two_clauses_back_counts_the_trade(text, years):
    profile = extract(text, TODAY).profile
    assert profile.get("years_in_field") == pytest.approx(years)
    assert not str(profile.get("occupation", "")).startswith("到")  # 干到现在 names no job
