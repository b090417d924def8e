"""A post changed at a date said: the post before the change stays the post of rounds that closed before it
(chat.case.post_dates), and a change told after a question is still read (chat.case.posts.post_changed)."""

from __future__ import annotations

import datetime as dt

from assistant.chat.case.post_dates import change_month, post_before_change
from assistant.chat.case.posts import post_changed
from assistant.chat.case.state import Session
from assistant.chat.turn import respond
from assistant.eligibility.model import Verdict

TODAY = dt.date(2026, 11, 21)


def _session(role: str) -> Session:
    s = Session(profile={"role_type": role})
    s.last_verdicts = (Verdict(program="hz_digital_craftsman_2023", verdict="not_eligible", as_of=TODAY, reasons=(),
                               reference_dates=(dt.date(2023, 3, 31),)),)
    return s


def test_change_month_is_the_earliest_the_change_may_be():
    assert change_month("2024年我又回研发了", TODAY) == dt.date(2024, 1, 1)
    assert change_month("我又回研发了", TODAY) is None


def test_a_change_after_the_round_keeps_the_old_post_for_it():
    s = _session("management")
    post_before_change(s, {"role_type": "frontline_technical"}, "2024年我又回研发了", TODAY)
    assert s.then == {"hz_digital_craftsman_2023": {"role_type": "management"}}


def test_a_change_before_the_round_or_undated_keeps_nothing():
    for text in ("2022年我又回研发了", "我又回研发了"):
        s = _session("management")
        post_before_change(s, {"role_type": "frontline_technical"}, text, TODAY)
        assert s.then == {}


def test_a_post_said_for_the_round_itself_is_not_replaced():
    s = _session("management")
    s.then = {"hz_digital_craftsman_2023": {"role_type": "administrative"}}
    post_before_change(s, {"role_type": "frontline_technical"}, "2024年我又回研发了", TODAY)
    assert s.then["hz_digital_craftsman_2023"]["role_type"] == "administrative"


def test_a_change_told_after_a_question_is_read():
    s = Session(profile={"role_type": "management"})
    assert post_changed(s, "那第四届呢？2024年我辞了总监又回一线写代码了") == {"role_type": "frontline_technical"}
    assert post_changed(s, "我能不能又回一线写代码？") == {}


def _verdict(answer, program):
    return next(v.verdict for v in answer.verdicts if v.program == program)


def test_the_earlier_round_keeps_the_post_of_its_time(deps):
    s = Session()
    a = respond(s, "首届数字工匠那次能报吗，我2013年来杭州做嵌入式开发，会员，民企，没评过称号，"
                   "2020年起当技术总监，主要管团队和预算，不写代码", deps)
    assert _verdict(a, "hz_digital_craftsman_2023") == "not_eligible"
    a = respond(s, "那第四届呢？2024年我辞了总监又回一线写代码了", deps)
    assert s.profile["role_type"] == "frontline_technical"
    assert _verdict(a, "hz_digital_craftsman_2023") == "not_eligible"
    assert _verdict(a, "hz_digital_craftsman_2026") != "not_eligible"


def test_a_membership_taken_up_after_the_round_is_no_membership_then():
    s = _session("frontline_technical")
    post_before_change(s, {"union_member": True}, "2024年才入的工会", TODAY)
    assert s.then == {"hz_digital_craftsman_2023": {"union_member": False}}
    s = _session("frontline_technical")
    post_before_change(s, {"union_member": True}, "2020年入的工会，一直交会费", TODAY)
    assert s.then == {}


def test_the_round_in_focus_counts_before_any_verdict():
    s = Session()
    post_before_change(s, {"union_member": True}, "首届杭州工匠能报吗，2019年才加入的工会", TODAY,
                       ("hz_craftsman_2016",))
    assert s.then == {"hz_craftsman_2016": {"union_member": False}}


def test_a_membership_joined_later_fails_the_2016_round(deps):
    s = Session()
    respond(s, "2016年首届杭州工匠，我1973年生，中国人，1994年进的杭州一家橡胶厂做硫化工，一直在车间，"
               "2012年杭州市职业技能大赛第一名", deps)
    a = respond(s, "2019年才入的工会", deps)
    assert s.profile["union_member"] is True  # a member now
    assert _verdict(a, "hz_craftsman_2016") == "not_eligible"
