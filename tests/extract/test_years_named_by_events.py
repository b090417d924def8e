"""A year named by what happened in it (``extract.when``): a public event from one table ("疫情那年", "G20那年",
"疫情第二年"), the asker's own event dated in another clause ("大学毕业就留在杭州了，2014年毕业的"), and parts of a year
the time parser does not know, said as the season it does ("前年开春", "去年入冬", "过完年")."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.when import dates_in, name_event_years

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "said"), [
    ("新冠那年我到的临平", "2020年我到的临平"),
    ("疫情第三年进的厂", "2022年进的厂"),
    ("G20那年来的", "2016年来的"),
    ("杭州亚运会那年拿的奖", "2023年拿的奖"),
    ("疫情期间在家", "疫情期间在家"),  # a stretch of years, no one year
])
def test_event_years(text, said):
    assert name_event_years(text) == said


@pytest.mark.parametrize(("text", "start"), [
    ("G20那年我来的杭州，一直在酒店做厨师", "2016-12"),
    ("研究生毕业后留在了杭州，19年毕业", "2019-12"),
    ("退伍就来了萧山开大车，17年退的伍", "2017-12"),
    ("亚运会那年从义乌调到滨江", "2023-12"),
])
def test_start_named_by_an_event(text, start):
    assert extract(text, TODAY).profile.get("hangzhou_full_time_start") == start


def test_a_discharge_year_is_no_count():
    # 17 is the year of leaving the army, no count of 17 years; the work taken up on leaving it starts then (ext14)
    years = extract("退伍就来了萧山开大车，17年退的伍", TODAY).profile.get("years_in_field")
    assert years is None or years == pytest.approx(8.92, abs=0.01)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("前年开春", dt.date(2024, 2, 1), dt.date(2024, 5, 31)),
    ("去年入冬", dt.date(2025, 11, 1), dt.date(2025, 12, 31)),
    ("前年过完年", dt.date(2024, 1, 1), dt.date(2024, 2, 29)),
])
def test_parts_of_a_year_in_words(text, first, last):
    (when,) = dates_in(text, TODAY)
    assert first <= when.first and when.last <= last and when.first.year == first.year
