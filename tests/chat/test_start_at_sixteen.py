"""A start said as an age with a birth year only ("七五年的，十六岁进厂"): both are open in their months, and the
checker's early end never pairs a start before the sixteenth birthday with the other end of the birth year
(chat.case.months)."""

from __future__ import annotations

import datetime as dt

from assistant.chat.case.months import open_profile
from assistant.chat.case.state import Session
from assistant.chat.turn import respond

TODAY = dt.date(2026, 11, 21)


def test_the_early_end_keeps_the_start_at_sixteen():
    session = Session()
    session.early.update({"birth_date": ("1975-01", "1975-12"),
                          "years_full_time_in_hangzhou": ("1991-01", "1991-12")})
    profile = {"birth_date": "1975-01", "hangzhou_full_time_start": "1991-12", "years_full_time_in_hangzhou": 34.92,
               "years_full_time_in_zhejiang": 34.92}
    out = open_profile(session, profile, TODAY)
    assert out["birth_date"] == "1975-12"
    assert out["hangzhou_full_time_start"] == "1991-12"
    assert out["years_full_time_in_hangzhou"] == out["years_full_time_in_zhejiang"] <= 34.92 + 1e-6


def test_a_start_said_after_sixteen_still_opens_early():
    session = Session()
    session.early.update({"birth_date": ("1975-01", "1975-12"),
                          "years_full_time_in_hangzhou": ("1995-01", "1995-12")})
    profile = {"birth_date": "1975-01", "hangzhou_full_time_start": "1995-12", "years_full_time_in_hangzhou": 30.92}
    out = open_profile(session, profile, TODAY)
    assert out["hangzhou_full_time_start"] == "1995-01"


def test_sixteen_at_the_start_is_no_contradiction(deps):
    answer = respond(Session(), "首届杭州工匠 我是桐庐分水镇制笔厂的 七五年的 十六岁进厂 一直在流水线上 中国人 会员 "
                                "杭州市职业技能大赛制笔工第一名", deps)
    assert answer.verdicts[0].verdict == "eligible"
