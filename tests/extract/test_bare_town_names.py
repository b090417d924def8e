"""A town's name said without its level places only where it stands as a place: "水泥厂干窑操作" (干 the verb, 窑 the
kiln) is no 干窑镇 in 嘉兴, so work in 建德 stays in 杭州."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def test_a_town_name_made_of_the_messages_words_places_nothing():
    profile = extract("我在建德一家水泥厂干窑操作快二十年了", TODAY).profile
    assert profile.get("employer_city") == "杭州", profile


@pytest.mark.parametrize(("text", "city"), [
    ("我在干窑一家厂上班", "嘉兴"),
    ("干窑那边的砖瓦厂干了十年", "嘉兴"),
    ("我在塘栖一家厂做钳工", "杭州"),
    ("瓶窑的一家厂", "杭州"),
])
def test_a_town_said_as_a_place_still_places(text, city):
    assert extract(text, TODAY).profile.get("employer_city") == city
