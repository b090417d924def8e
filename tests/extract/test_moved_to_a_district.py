"""A move to Hangzhou named by its district places the present job there, over the city worked in before it.

Found in review, asking as a cross-border e-commerce designer: "在义乌干了三年，去年来的滨江" was told its employer
was in 金华, not in Hangzhou. "去年来的杭州" had the same fault: the earlier city was the only candidate, and the
move was allowed to place the job only beside a 杭州 already read. Only the employer's seat said outright outranks
the move."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", [
    "在义乌干了三年，去年来的滨江",
    "我是做跨境电商美工的，主要用AI出商品图，在义乌干了三年，去年来的滨江",
    "在宁波干了五年，前年来的萧山",
    "在义乌干了三年，去年来的杭州",
])
def test_the_move_places_the_present_job(text):
    assert extract(text, TODAY).profile.get("employer_city") == "杭州"


def test_the_employers_seat_said_outright_still_outranks_the_move():
    assert extract("公司注册在嘉兴，2019年来的杭州", TODAY).profile.get("employer_city") == "嘉兴"
