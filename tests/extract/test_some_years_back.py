"""A stretch some years back (前几年, 前些年, 早些年) is past: the place said with it is no present workplace, so the place
moved to after it is ("前几年都在安徽芜湖的汽车厂焊接，2023年底跳槽到了台州的摩托车厂": 台州). A start said with it
(前几年来的杭州) still runs up to now (ext15)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, city", [
    ("前几年都在安徽芜湖的汽车厂焊接，2023年底跳槽到了台州的摩托车厂，还是干焊工", "台州"),
    ("早些年在宁波干过，现在在苏州", "苏州"),
    ("前些年在上海打工，后来到了嘉兴的厂里", "嘉兴"),
])
def test_the_place_of_a_stretch_years_back_is_not_the_workplace(text, city):
    assert extract(text, TODAY).profile.get("employer_city") == city


def test_a_start_years_back_still_places_the_work():
    assert extract("前几年来的杭州，在萧山做电工", TODAY).profile.get("employer_city") == "杭州"
