"""The present work outside Zhejiang is no full-time work in Zhejiang (浙派 “在浙全职工作 1年以上”): the employer's city
in another province (一直在苏州一家厂), or the place one is posted to apart from the employer (总部在杭州，人派在合肥),
gives 0 years in Zhejiang; a count or start said in Zhejiang, and a Zhejiang workplace, keep their own reading (ext15)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.places import outside_zhejiang

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我老家温州的，这些年一直在苏州一家模具厂上班，干了快九年了",
                                  "单位总部在杭州，但是我人一直派驻在合肥的项目部，做电气安装",
                                  "我在上海松江的厂里做质检，做了七年了"])
def test_work_in_another_province_is_no_year_in_zhejiang(text):
    assert extract(text, TODAY).profile.get("years_full_time_in_zhejiang") == 0.0


@pytest.mark.parametrize("text", ["公司在杭州，但我人一直在海宁的基地上班，做设备维修七年了",
                                  "在宁波北仑做焊工，十年了", "老家在安徽，在湖州做了五年电工"])
def test_work_in_zhejiang_keeps_its_years(text):
    assert extract(text, TODAY).profile.get("years_full_time_in_zhejiang", 1) > 0


@pytest.mark.parametrize("place, outside", [("苏州", True), ("合肥", True), ("上海", True), ("安徽", True),
                                             ("杭州", False), ("海宁", False), ("", False), (None, False)])
def test_outside_zhejiang_by_the_gazetteer(place, outside):
    assert outside_zhejiang(place) is outside


@pytest.mark.parametrize("text", ["人在安徽，厂是浙江的", "人在安徽宣城，厂是湖州的", "厂在江苏昆山，我住嘉善",
                                  "在江苏昆山的台资厂做了十一年SMT，家在嘉善，每天开车过去上班"])
def test_a_province_said_of_the_work_is_enough(text):
    """A province said with the work (人在安徽; 江苏 before a town the gazetteer does not hold) places it."""
    assert extract(text, TODAY).profile.get("years_full_time_in_zhejiang") == 0.0


def test_the_seat_said_as_whose_the_unit_is():
    p = extract("人在安徽宣城，厂是湖州的", TODAY).profile
    assert p["employer_city"] == "湖州"


@pytest.mark.parametrize("text", ["家在嘉善，在杭州上班", "我家住在嘉善，在杭州上班"])
def test_where_one_lives_is_not_the_workplace(text):
    assert extract(text, TODAY).profile.get("employer_city") == "杭州"


@pytest.mark.parametrize("text", ["人不在安徽，厂是浙江的", "从江苏过来的，现在在宁波", "之前在江苏干了八年，21年才回的浙江，在杭州做钳工"])
def test_a_province_denied_left_or_past_is_no_workplace(text):
    assert extract(text, TODAY).profile.get("years_full_time_in_zhejiang") != 0.0
