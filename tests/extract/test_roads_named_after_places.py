"""A road or lane named after a place (莫干山路 in 杭州, 宁波东路, 上海路8号, 温州路) places no work in that place: the street's
name is found in any city. Travel words after a place (在杭州路过, 杭州路上堵车, 萧山路口) are no road. A works or park
named by 杭州湾 (吉利的杭州湾基地) is 宁波's, as 杭州湾新区 is (ext14)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.places import cities_in

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["公司在莫干山路上，我做网络运维", "在宁波东路上开店", "公司在上海路8号", "在湖州路那边的厂",
                                  "店开在温州路"])
def test_a_road_named_after_a_place_places_nothing(text):
    assert "employer_city" not in extract(text, TODAY).profile


@pytest.mark.parametrize("text", ["在杭州路上堵了很久", "在萧山路口那家厂", "在杭州路过一次"])
def test_travel_words_after_a_place_are_no_road(text):
    assert [c for *_, c, _p in cities_in(text)] == ["杭州"]


@pytest.mark.parametrize("text", ["在吉利的杭州湾基地做焊装", "吉利杭州湾工厂当焊工", "单位在杭州湾新区"])
def test_a_works_on_the_bay_is_ningbos(text):
    assert extract(text, TODAY).profile.get("employer_city") == "宁波"


def test_the_bay_bridge_places_nothing():
    assert "employer_city" not in extract("杭州湾跨海大桥修桥", TODAY).profile


@pytest.mark.parametrize("text", ["在上城区望江门那边的老字号做酱鸭", "望江门旁边的厂里做糕点"])
def test_a_name_from_elsewhere_inside_a_word_is_no_place(text):
    """望江门 is cut 望江|门 by the segmenter: 江门 begins inside a word, so it is no city (ext15)."""
    assert extract(text, TODAY).profile.get("employer_city") in (None, "杭州")
    assert "江门" not in [c for *_, c, _p in cities_in(text)]


def test_the_city_said_as_a_word_is_still_read():
    assert [c for *_, c, _p in cities_in("我在江门上班")] == ["江门"]
