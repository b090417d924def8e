"""Having no employer said plainly ("个体户，没有单位", "没固定单位") is working for no one: freelance, as taking one's
own orders is; none to recommend or stamp ("没单位推荐") is not. A stay said with the experiential 过 and its length
("刚毕业那会在杭州待过两年") is finished, so its place is not where one works now; 那时候 alone is not (a past
edition's facts are said so)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["个体户，没有单位，也就没加入工会", "我没有固定单位，打零工", "没单位，哪里有活去哪里"])
def test_no_employer_is_freelance(text):
    assert extract(text, TODAY).profile.get("employment") == "freelance"


@pytest.mark.parametrize("text", ["没单位推荐能报吗", "没有单位愿意推荐我"])
def test_none_to_recommend_is_no_status(text):
    assert "employment" not in extract(text, TODAY).profile


def test_a_finished_stay_is_not_the_workplace():
    profile = extract("刚毕业那会在杭州待过两年，后来一直在宁波，现在也在宁波干", TODAY).profile
    assert profile.get("employer_city") == "宁波"


def test_back_then_alone_keeps_the_facts():
    profile = extract("2016年那时候也是天天在车间修模具", TODAY).profile
    assert profile.get("role_type") == "frontline_technical"
