"""A start whose clause ends on the trade's verb said bare before it ("我开挖掘机的，九八年就在杭州工地上开了") is the
trade begun then, as 做/干 would be; the same verb with an object of its own (开了个店) or a move (来了杭州) is not (ext14)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "years"), [
    ("我开挖掘机的，九八年就在杭州工地上开了", 27.92),
    ("我是刻砚台的，2005年就在淳安刻了", 20.92),
])
def test_the_trades_verb_echoed_starts_the_trade(text, years):
    assert extract(text, TODAY).profile.get("years_in_field") == pytest.approx(years, abs=0.01)


@pytest.mark.parametrize("text", ["我开挖掘机的，九八年就来了杭州", "我开挖掘机的，九八年就在杭州开了个店"])
def test_a_move_or_another_object_is_no_echo(text):
    assert "years_in_field" not in extract(text, TODAY).profile
