"""A clause that is the country's name alone, in a string of short answers ("会员，中国，七八年生的"), is the
nationality; the country named as a place of work is not, and a lone "中国" is left to the pending question."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["会员，中国，七八年生的", "技师，中国的", "中国籍的，干了十年"])
def test_a_bare_country_among_answers(text):
    assert extract(text, TODAY).profile.get("nationality") == "中国"


@pytest.mark.parametrize("text", ["公司在中国，总部在上海", "我在中国，干了十年", "中国"])
def test_not_a_nationality(text):
    assert "nationality" not in extract(text, TODAY).profile
