"""A clause that is only a count ("干了18年", "十几年了") counts the work and place said before it, over clauses
that only add an attribute (a level, union membership): "我在宁波一家机械厂当钳工，高级技师，干了18年" is 18
years in Zhejiang, not only 18 in the trade."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, field, years", [
    ("我在宁波一家机械厂当钳工，高级技师，干了18年", "years_full_time_in_zhejiang", 18.0),
    ("在嘉兴一家纺织厂上班，做挡车工，十几年了", "years_full_time_in_zhejiang", 10.0),
    ("在萧山一家汽配厂，技师，工会会员，做了十五年", "years_full_time_in_hangzhou", 15.0),
    ("浙大毕业后就进了滨江这家公司，到现在差不多六年了", "years_full_time_in_hangzhou", 6.0),  # 差不多X is X
    ("我搞算法的，工会会员，干了6年", "years_in_field", 6.0),
])
def test_the_count_reaches_back_over_attributes(text, field, years):
    assert extract(text, TODAY).profile.get(field) == years


@pytest.mark.parametrize("text, field", [
    ("我是杭州人，在宁波做电工，十年了", "years_full_time_in_hangzhou"),  # the nearest place is the workplace
    ("以前在杭州打过工，在宁波做电工，高级工，十年了", "years_full_time_in_hangzhou"),
    ("我在萧山上班，之前在宁波干了8年，技师，有十年了", "years_full_time_in_zhejiang"),  # a count of its own stops it
])
def test_the_count_does_not_reach_past_the_nearest_place_or_count(text, field):
    profile = extract(text, TODAY).profile
    assert profile.get(field) != 10.0
