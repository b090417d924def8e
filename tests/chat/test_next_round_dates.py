"""A date asked of the next round is one no notice gives: each dates its own round only. "浙派下一轮遴选通知几月份
发" was answered with the notice's own date (2023年8月31日) or its period (每 5年评选一次)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from assistant.evaluation.qa import says_silent
from tests.chat_support import KeywordRetriever


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))


def ask(deps, question):
    return respond(Session(), question, deps)


@pytest.mark.parametrize("question", [
    "浙派工匠下一轮省里的遴选通知大概几月份发？我们厂想提前把材料备起来",
    "浙派工匠下一届什么时候开始报",
    "首席技师下次评大概啥时候",
    "数字工匠下一轮几月份启动啊",
])
def test_the_next_rounds_date_is_not_in_the_notices(deps, question):
    answer = ask(deps, question)
    assert says_silent(answer.text.split("\n")[0]) and not answer.citations, answer.text


def test_how_often_is_still_answered_by_the_period(deps):
    answer = ask(deps, "浙派工匠多久评一次")
    assert "每 5年评选一次" in answer.text and answer.citations
