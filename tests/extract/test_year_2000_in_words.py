"""The calendar years 2000–2009 said in words ("两千年回杭州", "两千零五年进的厂") are years: blind batch y dev el-y110's
"九八年到两千年去宁波干了两年 两千年回杭州一直到现在" was read with no year, its Ningbo stay as the workplace now, and
首届杭州工匠 answered 不符合 (工作单位在宁波)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.text import normalize


@pytest.mark.parametrize(("said", "year"), [("两千年回杭州", "2000年"), ("二千零五年进的厂", "2005年"), ("两千零九年开始做", "2009年")])
def test_a_year_in_words_is_a_year(said, year):
    assert year in normalize(said)


@pytest.mark.parametrize("said", ["两千年前的手艺", "两千年代", "干了一万两千年"])
def test_no_year_where_it_is_not_one(said):
    assert "2000" not in normalize(said)


def test_the_return_dates_the_workplace_now():
    profile = extract("九八年到两千年去宁波干了两年 两千年回杭州一直到现在", today=dt.date(2016, 9, 30)).profile
    assert profile["employer_city"] == "杭州"
    assert profile["years_full_time_in_hangzhou"] >= 10


@pytest.mark.parametrize(("text", "year"), [
    ("二五年我们这个能耗管控项目拿了浙江省科学技术进步奖三等奖", 2025),
    ("一二年进的这家厂", 2012),
    ("二〇二二年拿的", 2022),
    ("九八年来的杭州", 1998),
    ("干了五六年", None),  # counts, not years
    ("三四年前拿的奖", None),
    ("做了七八年", None),
])
def test_a_year_said_digit_by_digit_is_a_year_and_a_count_is_not(text, year):
    from assistant.extract.when import year_near

    assert year_near(text, len(text), dt.date(2026, 11, 21)) == year
