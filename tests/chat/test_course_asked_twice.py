"""A message whose every ask is for the whole course ('啥流程？…中间都要过哪几道关？') is one ask said twice over: the
course is listed step by step, not one sentence per ask."""

from __future__ import annotations

import datetime as dt

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


def test_two_asks_for_the_course_are_answered_as_one():
    answer = respond(Session(), "首席那个到底是个啥流程？从我们单位报上去到市里，中间都要过哪几道关？",
                     make_deps(retriever=KeywordRetriever(), today=TODAY))
    assert "您问了两件事" not in answer.text, answer.text
    assert [c.clause_id for c in answer.citations][:2] == ["hz_chief_technician_2021#三/(一)", "hz_chief_technician_2021#三/(二)"]
    assert "征求本单位员工意见" in answer.text and "报市人力社保局" in answer.text


def test_a_course_ask_beside_another_kind_of_ask_stays_two_asks():
    answer = respond(Session(), "浙派工匠怎么评的？奖金有多少？", make_deps(retriever=KeywordRetriever(), today=TODAY))
    assert "您问了两件事" in answer.text, answer.text
