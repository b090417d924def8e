"""A question about the rules in the middle of a check ("那要准备啥材料") leaves the asker's verdicts standing: the
answer carries them, marked as carried, and says so in one line; a conversation that never checked carries none."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))


def test_a_rule_question_after_a_check_keeps_the_verdicts(deps):
    session = Session()
    checked = respond(session, "首席技师我能报吗，我在杭州地铁做信号维修，技师，一直一线", deps)
    assert checked.verdicts and not checked.standing
    answer = respond(session, "那要准备啥材料", deps)
    assert answer.standing and [v.program for v in answer.verdicts] == ["hz_chief_technician_2021"]
    assert answer.verdicts[0].verdict == checked.verdicts[0].verdict
    assert "核对结论不变" in answer.text and answer.to_json()["verdicts_standing"] is True


def test_a_rule_question_alone_carries_no_verdicts(deps):
    answer = respond(Session(), "首席技师要准备啥材料", deps)
    assert answer.verdicts is None and not answer.standing
    assert "verdicts" not in answer.to_json()
