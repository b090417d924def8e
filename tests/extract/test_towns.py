"""Towns and streets below the county (瓶窑镇, 塘栖, 千岛湖) are placed in their city by jionlp's detailed gazetteer,
not by a list of towns: by full name always, by the name people say without 镇/街道 only where it is one place's
alone in China and jieba knows it as no other word."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.places import city_of

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("name", ["瓶窑镇", "瓶窑", "径山镇", "汾口镇", "临岐", "新安江", "塘栖", "千岛湖"])
def test_towns_of_hangzhou(name):
    assert city_of(name) == ("杭州", "浙江省")


@pytest.mark.parametrize("name", ["留下", "太阳", "东湖", "城南", "保税区"])
def test_words_and_shared_names_are_no_town(name):
    assert city_of(name) is None or city_of(name)[0] != "杭州"


@pytest.mark.parametrize("text", ["我在径山镇一家茶厂做炒茶师傅", "汾口镇上一家竹制品厂当工人", "在临岐那边做中药材加工，厂里上班"])
def test_a_town_places_the_job_in_hangzhou(text):
    assert extract(text, TODAY).profile.get("employer_city") == "杭州"


def test_a_town_elsewhere_in_zhejiang():
    assert extract("在慈城镇一家模具厂上班", TODAY).profile.get("employer_city") == "宁波"


@pytest.mark.parametrize("text", ["做太阳能板的，在厂里上班", "师傅留下的手艺，在厂里上班"])
def test_a_word_that_is_also_a_town_places_nothing(text):
    assert "employer_city" not in extract(text, TODAY).profile
