"""An employer named instead of a place, whose one main site is in Hangzhou (``places.HANGZHOU_EMPLOYERS``), places the
job in Hangzhou; a place said for the present job still outranks it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def test_employer_places_the_job():
    assert extract("在奎元馆做面点师傅", TODAY).profile.get("employer_city") == "杭州"
    p = extract("2019年进的娃哈哈，一直在灌装车间", TODAY).profile
    assert p["hangzhou_full_time_start"] == "2019-12"


def test_a_present_place_outranks_a_past_employer():
    assert extract("以前在阿里巴巴干了三年，现在在深圳一家创业公司", TODAY).profile["employer_city"] == "深圳"


@pytest.mark.parametrize(("text", "city"), [
    ("我是杭州一家区级图书馆的 事业编", "杭州"),  # batch aa-era dev dlg-x023: no unit noun the table knew
    ("我是宁波一所中学的老师", "宁波"),
])
def test_a_unit_counted_with_its_measure_word_is_a_workplace(text, city):
    assert extract(text, TODAY).profile.get("employer_city") == city
