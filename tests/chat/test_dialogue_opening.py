"""A programme opened with nothing asked and nothing said about the asker ("我想问问第四届数字工匠"): the answer says
what the programme asks of a candidate with its clauses, asks the one first question with quick replies, and the
bare reply that follows answers it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.case.switches import opens_programme
from assistant.chat.routing import route
from assistant.chat.turn import respond

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我想问问第四届数字工匠", "首席技师那个我想了解下", "你好，想咨询一下杭州工匠的事",
                                  "浙派工匠", "请问首届数字工匠是干嘛的"])
def test_a_programme_named_alone_opens_it(text):
    assert opens_programme(text, route(text))


@pytest.mark.parametrize("text", ["第四届数字工匠要什么条件", "首席技师什么时候截止", "第四届数字工匠我能报吗",
                                  "我想问问第四届数字工匠，我是做前端开发的", "首届和第四届数字工匠有什么区别"])
def test_a_question_or_a_fact_is_no_bare_opening(text):
    assert not opens_programme(text, route(text))


@pytest.mark.parametrize("text, program", [("我想问问第四届数字工匠", "hz_digital_craftsman_2026"),
                                           ("首席技师那个我想了解下", "hz_chief_technician_2021"),
                                           ("想了解下杭州工匠", "hz_craftsman_2016")])
def test_the_opening_says_what_it_asks_and_asks_one_question_with_choices(deps, text, program):
    session = Session()
    answer = respond(session, text, deps)
    assert answer.intents == ("overview",) and not answer.verdicts
    assert answer.citations and all(c.clause_id.startswith(program) for c in answer.citations)
    assert len(answer.questions) == 1 and answer.questions[0]["options"]
    assert session.pending is not None and session.pending.field == answer.questions[0]["field"]
    assert session.programs == (program,) and not session.profile  # the programme's name is no skill level
    assert len(answer.text) <= 300


@pytest.mark.parametrize("opening, reply, field, value", [
    ("我想问问第四届数字工匠", "是的", "is_digital_economy", True),
    ("首席技师那个我想了解下", "萧山", "employer_city", "杭州"),
    ("想了解下杭州工匠", "不是", "union_member", False),
])
def test_the_bare_reply_answers_the_opening_question(deps, opening, reply, field, value):
    session = Session()
    respond(session, opening, deps)
    answer = respond(session, reply, deps)
    assert session.profile[field] == value
    assert answer.verdicts and answer.verdicts[0].program == session.programs[0]


@pytest.mark.parametrize("text", ["你好", "您好，在吗", "老师好"])
def test_a_greeting_says_what_the_assistant_does_and_names_the_honours(deps, text):
    answer = respond(Session(), text, deps)
    assert answer.intents == ("overview",) and "通知里没有" not in answer.text and "没有涉及" not in answer.text
    assert "首席技师" in answer.text and "浙派工匠" in answer.text


@pytest.mark.parametrize("city, value", [("宁波", "宁波"), ("在萧山", "杭州"), ("温州的", "温州")])
def test_a_city_said_where_no_rule_asks_for_it_is_kept(deps, city, value):
    session = Session()
    respond(session, "师傅们好，我想了解下浙派工匠", deps)
    respond(session, city, deps)
    assert session.profile.get("employer_city") == value
