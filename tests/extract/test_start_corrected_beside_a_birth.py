"""A start corrected in the same message that also tells a birth year ("我1975年生，…一二年进的杭州这家厂，不对，记错了，
是〇二年，2016年那会儿还在一线"): the date said with the correction is the start's, not the birth's, and the dates the
message goes on with (2016年那会儿, a contest's year) correct nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, start", [
    ("我1975年生，中国人，一二年进的杭州这家机床厂，不对，记错了，是〇二年，2016年那会儿还在一线，2012年杭州市职业技能大赛第一名",
     "2002-12"),
    ("我1975年生，〇二年进的杭州这家机床厂……哦不对 我记错了 是一二年，2016年那会儿还在一线", "2012-12"),
    ("我85年的，一三年来的杭州，不对，是一四年", "2014-12"),
])
def test_the_start_said_last_is_corrected(text, start):
    profile = extract(text, TODAY).profile
    assert profile["hangzhou_full_time_start"] == start
    assert profile["birth_date"] in ("1975-01", "1985-01")


def test_a_birth_said_last_is_still_the_one_corrected():
    assert extract("2019年来的杭州，我是85年的，哦不，86年", TODAY).profile["birth_date"] == "1986-01"
