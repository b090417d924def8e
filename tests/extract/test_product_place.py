"""A place right after a verb of making or selling names the product ("做绍兴黄酒"), not where one works."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "city"), [
    ("我在杭州做绍兴黄酒", "杭州"),
    ("我是做绍兴黄酒的，开耙酿了28年", None),
    ("卖金华火腿的，店在上城区", "杭州"),
    ("在宁波做模具", "宁波"),
    ("我在萧山做钳工", "杭州"),
])
def test_where_one_works(text, city):
    assert extract(text, TODAY).profile.get("employer_city") == city
