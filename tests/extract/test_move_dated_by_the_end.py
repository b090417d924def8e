"""A move said right after the end of the stay before it is dated by that end ("在上海干到21年6月，然后回杭州了":
the start in Hangzhou is 2021-06), ``extract.when.date_the_move``."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.when import date_the_move

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "start"), [
    ("在苏州一家电子厂干到20年8月，然后回杭州了", "2020-08"),
    ("在昆山干到去年3月，然后就来杭州了", "2025-03"),
    ("在常州待到2019年底，之后调到了滨江的分公司", "2019-12"),
])
def test_start_dated_by_the_end_before(text, start):
    assert extract(text, TODAY).profile.get("hangzhou_full_time_start") == start


def test_no_move_after_the_end():
    text = "在杭州干到现在，然后准备考技师"
    assert date_the_move(text) == text
