"""Two readings from one phone-typed conversation: "97年就干这行" is the trade's start (28 years, not unknown), and
"九月是昆山那边辞职的时间" names when a former job ended, beside "去年十一月底才来的": a change of job, not out of
work now (it had made the asker's employer "none")."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "years"), [
    ("我是数控机床装调维修工，97年就干这行", 28.92),
    ("我是钳工，1997年就干这行了", 28.92),
    ("我是钳工，2001年起干这一行", 24.92),
])
def test_a_year_then_doing_this_trade_starts_it(text, years):
    assert extract(text, TODAY).profile.get("years_in_field") == years


def test_a_leaving_named_as_a_date_beside_a_move_is_no_idleness():
    assert "employer_type" not in extract("九月……不对 是去年十一月底才来的 九月是昆山那边辞职的时间", TODAY).profile


@pytest.mark.parametrize("text", ["今年三月辞职了，现在待业在家", "去年九月辞职的，现在还没找到下家"])
def test_a_leaving_with_no_work_after_is_still_idleness(text):
    assert extract(text, TODAY).profile.get("employer_type") == "none"
