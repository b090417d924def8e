"""A reply that names its own field fills that field, not the question pending; a bare yes answers the pending one.
Found by trying the chat as a new user ("是的会员" to a question about employment set the job to "的会员")."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.brief import FIRST_SCREEN, first_screen
from assistant.chat.replies import read_reply
from assistant.chat.state import Session
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)
_START = "我在滨江一家民企做后端开发，干了8年，2018年来的杭州，1990年生，想报第四届数字工匠"


@pytest.fixture(scope="module")
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize("text", ["是的会员", "会员是的", "工会的话是会员", "对，会员"])
def test_a_yes_naming_the_union_is_not_a_yes_to_another_question(text):
    assert read_reply("is_highest_level_of_occupation", text, TODAY) == {}
    assert read_reply("union_member", text, TODAY) == {"union_member": True}


@pytest.mark.parametrize(("field", "text"), [("union_member", "是的，高级工"), ("rehired", "对，杭州工匠"),
                                             ("union_member", "是，在宁波")])
def test_a_yes_followed_by_another_fields_value_answers_that_field(field, text):
    assert read_reply(field, text, TODAY) == {}


@pytest.mark.parametrize("text", ["是", "是的", "对的", "嗯"])
def test_a_bare_yes_answers_the_question_pending(text):
    assert read_reply("is_highest_level_of_occupation", text, TODAY) == {"is_highest_level_of_occupation": True}


@pytest.mark.parametrize("reply", ["是的会员", "会员是的", "工会的话是会员"])
def test_a_union_reply_to_another_question_fills_the_union(deps, reply):
    session = Session()
    respond(session, "我是杭州一家民企的数控技师，干了12年，1985年出生，能报浙派工匠吗", deps)
    assert session.pending is not None and "union_member" not in (session.pending.field, *session.pending.also)
    occupation = session.profile.get("occupation")
    respond(session, reply, deps)
    assert session.profile.get("union_member") is True
    assert session.profile.get("occupation") == occupation, "a yes to the union is no job title"


def test_a_bare_yes_goes_to_the_pending_yes_no_question(deps):
    session = Session()
    respond(session, _START, deps)
    respond(session, "没有", deps)
    assert session.pending is not None and session.pending.field == "union_member"
    respond(session, "是", deps)
    assert session.profile["union_member"] is True and session.profile["prior_titles"] == []


_DIGITAL = "我在杭州做大数据开发6年了，工会会员，技术岗，能报第四届数字工匠吗"


@pytest.mark.parametrize("ask", ["能直接认定吗", "我这种情况能不能直接评上？", "可以直接认定不"])
def test_asking_about_direct_recognition_leads_with_that_path(deps, ask):
    session = Session()
    respond(session, _DIGITAL, deps)
    answer = respond(session, ask, deps)
    screen = first_screen(answer.text)
    assert answer.verdicts and screen.startswith("**直接认定**") and "个人第一名" in screen.splitlines()[0]
    assert "在杭全职" not in screen.splitlines()[0], "the years rule does not lead"
    assert answer.questions[0]["field"] == "competition_results", "what decides the path is asked first"
    assert len(screen) <= FIRST_SCREEN


def test_a_first_place_said_with_the_question_meets_the_path_and_a_second_place_does_not(deps):
    first = respond(Session(), "我在杭州做大数据开发6年了，今年拿了杭州市数字经济职业技能竞赛个人第一，能直接认定吗", deps)
    assert "满足这一条" in first_screen(first.text)
    second = respond(Session(), "我在杭州做前端4年，全职，工会会员，去年省数字经济技能大赛拿了第二名，能不能直接认定？", deps)
    lines = first_screen(second.text).splitlines()
    assert "不能直接认定" in lines[1] and "不能直接认定" not in lines[2], "a path not taken does not decide the rest"


def test_a_programme_without_a_direct_path_says_so_first(deps):
    answer = respond(Session(), "浙派工匠能直接认定吗？我是高级技师", deps)
    assert answer.verdicts[0].program == "zj_craftsman_2023"
    assert "没有直接认定的规定" in first_screen(answer.text).splitlines()[0]


def test_who_can_be_recognised_directly_is_a_question_about_the_rules(deps):
    assert respond(Session(), "第四届数字工匠哪些人可以直接认定？", deps).intents == ("qa",)
