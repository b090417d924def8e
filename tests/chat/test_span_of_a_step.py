"""A span of time answers only in the segment naming the step it spans (chat/rules/factual_pick.py): 浙派 四/(五)
opens with 评审结果公示 but its 5个工作日 is the 公示's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


def test_the_span_of_another_step_is_no_answer(deps):
    answer = respond(Session(), "浙派工匠评审要多长时间", deps)
    assert "没有写明" in answer.text.splitlines()[0] and not answer.citations


@pytest.mark.parametrize("question", ["浙派工匠单位内部公示几天", "浙派工匠评审结果公示多少天"])
def test_the_span_of_the_step_asked_is_answered(deps, question):
    answer = respond(Session(), question, deps)
    assert "5个工作日" in answer.text.replace(" ", "") and answer.citations
