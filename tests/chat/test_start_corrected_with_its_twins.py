"""A start corrected in the next message ("一三年进的厂", then "不对 记错了 是〇三年") is corrected in every count the
old start gave (the trade's and Hangzhou's), so the verdict follows the corrected year; a count said apart, with
another value or a start of its own, is left as it was."""

from __future__ import annotations

from assistant.chat.case.corrections import start_twins
from assistant.chat.case.state import Session
from assistant.chat.conversation import run_turns

T16 = ("首届杭州工匠（2016）那次：我1975年生，中国人，工会会员，2016年那会儿还在一线，2012年杭州市职业技能大赛车工个人第一名，"
       "当时能报吗")
T26 = ("第四届数字工匠：我在滨江一家民营公司做云平台运维开发，全职，技术岗，工会会员，没评过称号，"
       "去年杭州市数字经济行业职业技能竞赛云计算赛项拿了个人第一名。能报吗")


def _session(**profile) -> Session:
    session = Session()
    session.profile.update(profile)
    return session


def test_the_twin_count_moves_with_the_corrected_start():
    session = _session(years_in_field=12.92, digital_work_start="2013-12", years_full_time_in_hangzhou=12.92,
                       hangzhou_full_time_start="2013-12", years_full_time_in_zhejiang=12.92)
    got = start_twins(session, {"years_in_field": 22.92, "digital_work_start": "2003-12"})
    assert got == {"years_full_time_in_hangzhou": 22.92, "hangzhou_full_time_start": "2003-12",
                   "years_full_time_in_zhejiang": 22.92}


def test_a_count_said_apart_stays():
    session = _session(years_in_field=9.0, years_full_time_in_hangzhou=6.92, hangzhou_full_time_start="2019-12")
    assert start_twins(session, {"years_full_time_in_hangzhou": 3.92, "hangzhou_full_time_start": "2022-12"}) == {}


def test_a_twin_with_its_own_start_stays():
    session = _session(years_in_field=6.92, digital_work_start="2019-06", years_full_time_in_hangzhou=6.92,
                       hangzhou_full_time_start="2019-12")
    assert start_twins(session, {"years_full_time_in_hangzhou": 3.92, "hangzhou_full_time_start": "2022-12"}) == {}


def test_a_corrected_count_without_a_start_is_not_carried():
    session = _session(years_in_field=6.0, years_full_time_in_hangzhou=6.0)
    assert start_twins(session, {"years_full_time_in_hangzhou": 4.0}) == {}


def _final(deps, turns):
    outputs, _ = run_turns(turns, deps)
    return {v["program"]: v["verdict"] for v in outputs[-1]["verdicts"]}


def test_the_verdict_follows_a_start_corrected_next(deps):
    assert _final(deps, [T16, "一三年进的厂", "不对 记错了 是〇三年"]) == {"hz_craftsman_2016": "eligible"}
    assert _final(deps, [T26, "一九年来的杭州 一直干这个", "不对 我记错了 是二二年才来的"]) == {
        "hz_digital_craftsman_2026": "needs_review"}


def test_the_verdict_follows_a_start_corrected_in_the_reply(deps):
    assert _final(deps, [T16, "一三年进的厂 不对 记错了 是〇三年"]) == {"hz_craftsman_2016": "eligible"}


def test_a_correction_telling_of_work_before_moves_the_arrival_alone():
    session = _session(years_in_field=11.92, digital_work_start="2014-12", years_full_time_in_hangzhou=11.92,
                       hangzhou_full_time_start="2014-12")
    facts = {"years_full_time_in_hangzhou": 6.92, "hangzhou_full_time_start": "2019-12"}
    assert start_twins(session, facts, "不对，我是2019年才来的杭州 之前在苏州也是干这个") == {}
    assert start_twins(session, facts, "不对 我记错了 是一九年才来的")["years_in_field"] == 6.92
