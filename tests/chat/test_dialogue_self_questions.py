"""A fact the asker asks about ("我是技师吗？", "我算一线吗", "我是不是工会会员") is asked, not said: only the rest of
the message is read as facts; a clause that asks about a programme ("我是技师，能报吗") still says its facts."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.said import self_questions, without_self_questions
from assistant.chat.case.state import Session
from assistant.chat.turn import respond

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, asked", [("我算高级技师吗？证书上是二级", ["我算高级技师吗"]),
                                         ("我这算一线吗，每天都在机台边上调试", ["我这算一线吗"]),
                                         ("他是不是工会会员我也说不准", ["他是不是工会会员我也说不准"]),
                                         ("我是技师，能报吗？", []), ("我是高级工能报首席技师吗", []),
                                         ("我是不是能报首席技师", [])])
def test_self_questions_are_the_clauses_that_ask_a_fact(text, asked):
    assert self_questions(text) == asked


def test_what_is_left_is_what_is_said():
    assert without_self_questions("我算高级技师吗？证书上是二级") == "证书上是二级"


def test_a_level_asked_about_is_not_held(deps):
    session = Session()
    respond(session, "首席技师，我在余杭开数控车床，一线", deps)
    respond(session, "我算高级技师吗？证书上是二级", deps)
    assert session.profile.get("skill_level") == "技师"


def test_union_asked_about_stays_open(deps):
    session = Session()
    respond(session, "第四届数字工匠，我在滨江做云平台开发，干了6年", deps)
    respond(session, "我是不是工会会员？这个我真不知道", deps)
    assert session.profile.get("union_member") is None


@pytest.mark.parametrize("later, employment", [("我都是接私活，自由职业", "freelance"),
                                               ("其实我去年就退休了，现在是返聘回来的", "retired")])
def test_an_inferred_employment_gives_way_to_one_said_later(deps, later, employment):
    session = Session()
    respond(session, "第四届数字工匠，我在杭州做UI设计的，干了7年", deps)
    assert session.sources.get("employment") == "inferred"
    respond(session, later, deps)
    assert session.profile.get("employment") == employment


@pytest.mark.parametrize("reply, level", [("中级工嘛，高级工么还没去考", "中级工"), ("高级工啊，技师呢还没考出来", "高级工")])
def test_a_short_answer_to_the_level_asked_is_read_as_that_answer(deps, reply, level):
    session = Session()
    respond(session, "首席技师能报吗，我在余杭做电工，一线", deps)
    assert session.pending is not None and session.pending.field == "skill_level"
    respond(session, reply, deps)
    assert session.profile.get("skill_level") == level


def test_a_pronoun_goes_on_about_the_person_named_before(deps):
    session = Session()
    respond(session, "替我老婆问下首届杭州工匠，她是绍兴人，2010年来杭州做丝绸织造，一直在车间一线", deps)
    respond(session, "她2015年拿过杭州市丝绸织造技能大赛第一名", deps)
    assert session.profile.get("employer_city") == "杭州"
    assert session.profile.get("competition_results")


@pytest.mark.parametrize("reply, yes", [("估计是吧", True), ("那确实是的", True), ("嗯呐", True), ("木有", False),
                                        ("算是吧，每年都交会费", True), ("不是，厂里没工会", False), ("可能吧", None)])
def test_a_yes_or_no_after_a_stance_or_before_more_words(reply, yes):
    from assistant.chat.case.replies import read_reply

    assert read_reply("union_member", reply, TODAY).get("union_member") == yes


@pytest.mark.parametrize("first, again, union", [("是工会会员", "哦不对，记错了，还没入呢", False),
                                                 ("没入工会", "说错了，入了的，去年入的", True)])
def test_a_correction_naming_nothing_corrects_the_last_yes_or_no(deps, first, again, union):
    session = Session()
    respond(session, "首席技师，我在余杭开数控，技师，一线", deps)
    respond(session, first, deps)
    respond(session, again, deps)
    assert session.profile.get("union_member") is union


def test_a_none_said_of_the_union_is_no_none_for_titles(deps):
    session = Session()
    respond(session, "首席技师，我在余杭开数控，技师，一线", deps)
    assert session.pending is not None and session.pending.field == "prior_titles"
    respond(session, "没入工会", deps)
    assert "prior_titles" not in session.profile
