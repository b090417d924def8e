"""Retirement said of the future is no retirement ("明年就到退休年纪了"); retiring in ordinary words followed by being
taken back on ("退下来又被厂里聘回去了") is retired and rehired."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["明年就到退休年纪了，今年五十九", "到退休的岁数还差两年，还在车间干"])
def test_retirement_to_come(text):
    assert extract(text, TODAY).profile.get("employment") != "retired"


def test_stepped_down_and_taken_back():
    p = extract("我今年六十，退下来又被厂里聘回去了", TODAY).profile
    assert (p.get("employment"), p.get("rehired")) == ("retired", True)


def test_stepping_down_from_a_post_is_no_retirement():
    assert extract("从车间主任位置上退下来又回到一线了", TODAY).profile.get("employment") != "retired"
