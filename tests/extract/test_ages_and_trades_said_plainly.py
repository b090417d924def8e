"""An age said plainly ("今年刚满五十", "刚满五十岁", a clause "五十出头"/"四十多了" on its own) and a trade said as a
verb after a verb of doing and a count ("在富阳做了三十年造纸", "干了二十年焊接"). Before, 刚满 was read as the rule's
年满, a stretch needed 今年/我 before it, and the years of 造纸 were only the place's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("今年刚满五十", "1975-12", "1976-11"),
    ("刚满五十岁，做电工", "1975-12", "1976-11"),
    ("五十出头，在建德水泥厂看窑", "1972-12", "1976-11"),
    ("四十多了，做电工", "1976-12", "1985-11"),
])
def test_ages_said_plainly(text, lo, hi):
    born = extract(text, TODAY).profile.get("birth_date")
    assert born is not None and lo <= born <= hi


@pytest.mark.parametrize("text", ["年满18周岁能报吗", "徒弟带了，五十多"])
def test_no_age_in_these(text):
    assert "birth_date" not in extract(text, TODAY).profile


@pytest.mark.parametrize(("text", "years"), [("在富阳做了三十年造纸", 30.0), ("在萧山干了二十年焊接", 20.0)])
def test_a_trade_said_as_a_verb_has_the_years(text, years):
    assert extract(text, TODAY).profile.get("years_in_field") == years
