"""A Chinese numeral said digit by digit before 年 (二二年, 一五年) is a year, not a count of years: a count of
twenty-two years says 二十二年. Two neighbouring digits (七八年, 三四年) stay a hedged count."""

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.numbers import durations

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("clause", ["二二年我带的两个徒弟参加省赛", "一五年我在宁波", "零九年进厂", "九八年那次比赛我拿了第三", "八五年我在部队"])
def test_a_year_said_digit_by_digit_is_no_span(clause):
    assert durations(clause) == []


@pytest.mark.parametrize("clause, years", [("干了七八年", 7.0), ("做了三四年", 3.0), ("干了三五年", 3.0), ("干这行二十二年", 22.0)])
def test_neighbouring_digits_and_counts_with_ten_stay_spans(clause, years):
    assert [d.years for d in durations(clause)] == [years]


def test_an_apprentices_contest_year_is_not_the_askers_years_in_the_trade():
    text = "我做渗透测试 二二年我带的两个徒弟参加浙江省网络与信息安全管理员职业技能竞赛 一个第二名 一个第四名"
    assert "years_in_field" not in extract(text, TODAY).profile


def test_years_then_code_are_years_and_a_decade_is_not():
    """七年代码 holds 年代 by accident: the count of years stands; 八十年代 is a decade, no count."""
    assert extract("我写了七年代码了", TODAY).profile.get("years_in_field") == 7.0
    assert "years_in_field" not in extract("八十年代进的厂", TODAY).profile
