"""A year said alone to a question about the years ("〇三", "一三", "九八吧 一直在这个厂") is the year the work began,
when its shape can only be a year: digits said one by one (thirteen years is 十三), a leading zero, more than a working
life. A count ("十二", "13") and two neighbouring digits ("二三", two or three) are read as before."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import read_reply, years_said_bare
from assistant.extract.numbers import bare_year

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("said, year", [("〇三", 2003), ("一三", 2013), ("九八", 1998), ("二〇〇五", 2005), ("05", 2005),
                                        ("98", 1998), ("二二", 2022), ("零四", 2004)])
def test_a_numeral_only_a_year_can_be(said, year):
    assert bare_year(said, TODAY) == year


@pytest.mark.parametrize("said", ["13", "十三", "二三", "四五", "三五", "两三", "三〇", "六五"])
def test_a_count_a_span_or_no_working_year_is_no_year(said):
    assert bare_year(said, TODAY) is None


@pytest.mark.parametrize("reply, start", [("〇三", "2003-12"), ("一三", "2013-12"), ("九八吧 一直在杭州这家厂", "1998-12"),
                                          ("零四 一直在杭州", "2004-12"), ("是一六吧", "2016-12")])
def test_a_bare_year_answers_the_years_question_as_a_start(reply, start):
    assert read_reply("years_in_field", reply, TODAY)["digital_work_start"] == start


@pytest.mark.parametrize("reply, years", [("十二", 12.0), ("13", 13.0)])
def test_a_count_stays_a_count(reply, years):
    got = read_reply("years_in_field", reply, TODAY)
    assert got["years_in_field"] == years and "digital_work_start" not in got


def test_only_a_numeral_said_alone_is_rewritten():
    assert years_said_bare("一三年进的厂", TODAY) == "一三年进的厂"
    assert years_said_bare("工号一三五", TODAY) == "工号一三五"
    assert years_said_bare("一三 一直在杭州", TODAY) == "2013年 一直在杭州"


def test_the_rewrite_is_for_the_years_question_only():
    assert read_reply("union_member", "〇三", TODAY) == {}


@pytest.mark.parametrize("reply, start", [("一三年进的厂 不对 记错了 是〇三年", "2003-12"),
                                          ("〇四年进的厂……哦不对 记错了 是一四年", "2014-12")])
def test_a_year_taken_back_in_the_reply_is_read_after_the_correction(reply, start):
    assert read_reply("years_in_field", reply, TODAY)["digital_work_start"] == start


def test_every_reader_of_the_turn_sees_the_year(deps):
    from assistant.chat.conversation import run_turns

    opening = ("第四届数字工匠：我在滨江一家民营公司做云平台运维开发，全职，技术岗，工会会员，没评过称号，"
               "去年杭州市数字经济行业职业技能竞赛云计算赛项拿了个人第一名。能报吗")
    _, session = run_turns([opening, "一八 一直在杭州"], deps)
    assert session.profile["digital_work_start"] == "2018-12"  # the trade's start, not Hangzhou's alone
    assert session.pending is None or "years_in_field" not in session.pending.fields
