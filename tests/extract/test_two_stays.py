"""Two stays in one city around a move are two stretches that add up, not one count said twice: "先在杭州干了三年，
去宁波两年，又回杭州干到现在四年了" is seven years in Hangzhou and no contradiction; a two-digit year before a return
("21年再回的杭州") is a date; a place one went on to after a span ("待了两年又去了深圳") is not where the span was."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("在滨江干了两年，后来去苏州干了四年，回来又在滨江干了三年", 4.9, 5.1),
    ("在杭州开了四年车床，中途去绍兴干了一年，回来又在杭州开了五年", 8.9, 9.1),
    ("在杭州呆了三年就去了上海，19年又回的杭州", 9.8, 10.95),
    ("在余杭待了五年又去了温州，23年重新回的余杭", 7.8, 8.95),
])
def test_the_stays_add_up(text, low, high):
    found = extract(text, TODAY)
    assert low <= found.profile.get("years_full_time_in_hangzhou", -1) <= high
    assert not found.contradictions


def test_a_return_to_a_district_is_a_return():
    found = extract("我在临平干过五年，去嘉兴干了两年，今年又回临平了", TODAY)
    assert not found.contradictions
    assert 6.9 <= found.profile.get("years_full_time_in_zhejiang", -1) <= 8.0


def test_time_inside_one_stay_is_still_a_gap():
    assert extract("在杭州干了十一年，中间有两年被厂里派到义乌分厂", TODAY).profile["years_full_time_in_hangzhou"] == 9.0
