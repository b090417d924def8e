"""Loose asks for the course of a procedure: '过哪几关' names the stages as '几个阶段' does, '先干嘛' asks what is
done (content), and a step named before a comma ('推荐到省里以后，省里先干嘛') still asks for what follows it."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import classify, table
from assistant.chat.turn import make_deps, respond
from assistant.language.asking import asks_content
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("question", ["第四届数字工匠推荐上去后要过哪几关", "从单位报上去到市里，中间要过几道关？",
                                      "浙派工匠评选要过几关"])
def test_stages_said_as_passes_ask_for_the_whole_course(question):
    assert classify(question).overview, question


def test_the_course_is_listed_step_by_step():
    answer = respond(Session(), "第四届数字工匠推荐上去后要过哪几关", make_deps(retriever=KeywordRetriever(), today=TODAY))
    cited = [c.clause_id for c in answer.citations]
    assert "hz_digital_craftsman_2026#三/(二)/1/(1)" in cited and "hz_digital_craftsman_2026#三/(二)/1/(3)" in cited, answer.text


def test_what_is_done_next_is_content_even_after_a_comma():
    question = "浙派工匠推荐到省里以后，省里先干嘛"
    assert asks_content(question)
    assert re.search(table()["next_step"], question)
    assert not asks_content("省里先审吗")
