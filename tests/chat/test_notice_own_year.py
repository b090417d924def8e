"""A relative year the held notice itself says ("今年我市将认定 20 名") is its round when an asker echoes it
("首席技师今年一共评多少个"), answered with a note that the notice is that year's; said against another year
("今年没评上，明年…") or beside a calendar year it is the calendar's, outside the notice (chat/rules/out_of_scope.py)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.out_of_scope import held_round, out_of_scope
from assistant.chat.turn import respond

CT = "hz_chief_technician_2021"


@pytest.mark.parametrize("question", [
    "首席技师今年一共评多少个",
    "首席技师今年认定多少名？",
    "今年首席技师各区能推几个人",
])
def test_the_notices_own_year_is_its_round(question):
    assert out_of_scope(question) is None
    assert "以下按2021年的通知回答" in held_round(question)


@pytest.mark.parametrize("question", [
    "首席技师今年没评上，明年可以接着申请吗",  # 今年 said against 明年: the calendar's
    "首席技师去年评了几个",  # a word the notice does not say
    "杭州市首席技师今年（2026年）这轮的通知出来没有",  # a calendar year beside it
    "2024年首席技师什么时候报",
])
def test_another_year_stays_outside(question):
    assert out_of_scope(question) is not None


def test_an_asserted_value_is_still_checked():
    assert "以下按2021年的通知核对" in held_round("首席技师今年认定30个是吧")


@pytest.mark.parametrize("question", ["首席技师今年一共评多少个 评审专家有几个人", "首席技师今年认定多少名？"])
def test_answered_from_the_held_round(deps, question):
    answer = respond(Session(), question, deps)
    assert f"{CT}#四" in [c.clause_id for c in answer.citations]
    assert "20 名" in answer.text and answer.text.startswith("（本助手只有2021年")


@pytest.mark.parametrize("question", ["首席技师今年还评吗", "首席技师今年还评不评"])
def test_whether_there_is_a_round_this_year_stays_outside(question):
    assert out_of_scope(question) is not None  # a round the notices do not cover, not a value its 今年 states
