"""What an awardee gets, asked yes or no: a condition of applying that names the thing (取得…职业资格 for 证书) is
no answer, but the unit saying what is awarded that holds it is (chat/rules/factual.py, after-award asks)."""

from __future__ import annotations

import datetime as dt

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever


def test_a_thing_awarded_is_answered_under_the_award_heading():
    answer = respond(Session(), "评上浙派工匠有证书吗", make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21)))
    assert "zj_craftsman_2023#五" in [c.clause_id for c in answer.citations], answer.text
    assert "颁发证书" in answer.text.replace(" ", "")
