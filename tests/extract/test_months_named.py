""""这个月", "上个月": the month now or the one before, which jionlp's time parser does not read, name a start."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.replies import read_reply
from assistant.extract import extract
from assistant.extract.when import dates_in

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "start"), [("这个月刚来杭州", "2026-11"), ("上个月刚入职杭州这边", "2026-10"),
                                             ("本月刚到杭州", "2026-11"), ("上月来的滨江", "2026-10")])
def test_a_month_named_starts_the_work_in_hangzhou(text, start):
    profile = extract(text, TODAY).profile
    assert profile["hangzhou_full_time_start"] == start and profile["years_full_time_in_hangzhou"] < 0.1


def test_a_reply_to_the_years_question():
    got = read_reply("years_full_time_in_zhejiang", "上个月才从江苏过来的", TODAY)
    assert got["years_full_time_in_zhejiang"] < 0.1


def test_the_parser_keeps_what_it_reads():
    assert [w.text for w in dates_in("3个月前来的，上个月转正", TODAY)] == ["3个月前", "上个月"]
