"""A yield per year said of a deed ("一年省了三百多万", "一年少停运几十次") is a rate, no span of work: it gave one year
in the trade, which then contradicted the twenty years said before it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["去年搞了个窑头喂料的改造一年省了三百多万煤钱", "我牵头把转辙机故障解决了，一年少停运几十次",
                                  "这套工装一年能创效益五十万", "改完以后一年节约电费八十万"])
def test_a_yield_per_year_is_no_span(text):
    profile = extract(text, TODAY).profile
    assert not any(k.startswith("years") for k in profile), profile


def test_the_span_said_beside_it_stands():
    profile = extract("我在建德一家水泥厂开中控室干了快二十年了，高级技师，去年搞了个改造一年省了三百多万煤钱", TODAY).profile
    assert profile.get("years_in_field") == 19.5


@pytest.mark.parametrize("text", ["在杭州干了一年", "干了一年就走了"])
def test_a_year_of_work_is_still_a_span(text):
    assert any(v == 1.0 for k, v in extract(text, TODAY).profile.items() if k.startswith("years"))
