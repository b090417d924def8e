"""A place corrected by a bare place after the correction ("在杭州上班，哦不对，是湖州", "在余杭…，哦不，是德清的厂"):
the work's place is the new one, and the years the corrected place placed go with it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "city"), [
    ("在杭州上班，哦不对，是湖州", "湖州"),
    ("我在滨江做运维，说错了，是在嘉兴那边", "嘉兴"),
    ("在萧山做焊工 不对不对 是诸暨", "绍兴"),
    ("在宁波，哦说错了，是在萧山上班，做焊工", "杭州"),
])
def test_a_bare_place_after_a_correction_is_the_works_place(text, city):
    assert extract(text, TODAY).profile.get("employer_city") == city


def test_the_years_go_with_the_corrected_place():
    profile = extract("在余杭做模具八年了，哦不，是德清的厂", TODAY).profile
    assert profile.get("employer_city") == "湖州"
    assert not profile.get("years_full_time_in_hangzhou") and profile.get("years_full_time_in_zhejiang") == 8.0
    profile = extract("在滨江做运维五年，说错了，是在苏州那边", TODAY).profile
    assert not profile.get("years_full_time_in_hangzhou") and not profile.get("years_full_time_in_zhejiang")


@pytest.mark.parametrize("text", ["我在杭州上班，其实是个小厂", "在杭州干了八年，其实是九年"])
def test_in_fact_without_a_place_corrects_no_place(text):
    assert extract(text, TODAY).profile.get("employer_city") == "杭州"


@pytest.mark.parametrize(("text", "city"), [
    ("在萧山做纺织 其实是嘉兴", "嘉兴"),  # 其实 before the bare place
    ("之前说在杭州，其实是嘉兴", "嘉兴"),  # the place said in an earlier turn, reported
    ("在杭州做机修，不是杭州，是嘉兴的厂", "嘉兴"),  # a place denied, then the place said in its stead
    ("不在萧山在诸暨", "绍兴"),  # the same in one run of words
    ("说错了 不是杭州是嘉兴", "嘉兴"),
    ("不是杭州，是嘉兴", "嘉兴"),
])
def test_a_place_said_in_the_stead_of_another_is_the_works_place(text, city):
    assert extract(text, TODAY).profile.get("employer_city") == city


def test_a_denied_origin_is_no_correction_of_the_workplace():
    assert extract("我不是杭州人，是安徽的，在杭州上班五年", TODAY).profile.get("employer_city") == "杭州"
