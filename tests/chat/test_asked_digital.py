""""我这个算数字经济行业吗" inside an eligibility conversation is answered from the occupation classifier's
judgement and the notice's definition (the rule reading is_digital_economy), as part of the verdict; the question
itself is no statement that the work is digital (issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.brief import first_screen
from assistant.chat.case.state import Session
from assistant.chat.turn import respond
from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("question", ["我这个算数字经济行业吗", "我做的这个算不算数字经济？", "这属于数字经济吗"])
def test_the_question_is_asked_not_a_fact(question):
    e = extract(question, TODAY)
    assert "is_digital_economy" not in e.profile
    assert e.asks == ("is_digital_economy",) and e.wants_eligibility


def test_a_general_question_about_a_trade_is_not_about_oneself():
    assert extract("焊工属于数字经济行业吗", TODAY).asks == ()


@pytest.mark.slow
@pytest.mark.parametrize("question", ["我这个算数字经济行业吗", "那我这个工作算不算数字经济", "我做的这个属于数字经济吗"])
def test_asked_in_a_conversation_it_is_answered_with_the_definition(deps, question):
    session = Session()
    respond(session, "我在杭州一家民企做大数据平台开发，干了6年，2020年来杭州一直全职，工会会员，想报第四届数字工匠", deps)
    answer = respond(session, question, deps)
    screen = first_screen(answer.text)
    note = next(n for n in answer.verdicts[0].notes if n.rule == "asked_is_digital_economy")
    assert "属于数字经济行业" in note.message and "不属于" not in note.message
    assert "数字产业化" in note.quote and note.quote in screen


@pytest.mark.slow
def test_a_trade_outside_it_is_told_so_once(deps):
    answer = respond(Session(), "我在宁波一家船厂当电焊工，干了12年，想报第四届数字工匠，我这算不算数字经济？", deps)
    screen = first_screen(answer.text)
    assert answer.verdicts[0].verdict == "not_eligible"
    assert screen.count("不属于数字经济行业") == 1  # the headline says it; the answer to the question is not repeated
