""""二十好几年" to a year question is a round ten and some more: read as "二十几年" is, [20, 30), its ends kept open."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import open_span, read_reply

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("reply, low, high", [("二十好几年", 20.0, 29.99), ("十好几年了", 10.0, 19.99),
                                              ("三十大几年吧", 30.0, 39.99)])
def test_a_round_ten_and_some_more(reply, low, high):
    assert read_reply("years_in_field", reply, TODAY)["years_in_field"] == low
    assert open_span("years_in_field", reply, TODAY) == (high, low)


def test_some_years_with_no_ten_is_no_count():
    assert read_reply("years_in_field", "好几年", TODAY) == {}
