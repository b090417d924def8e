"""A question back about the question asked ("啥叫一线？", "最高等级是什么意思", "班组长算吗") is answered from the notice
and answers nothing itself: the word it names ("一线", "最高") is no value, and the question asked still waits for
the reply after it."""

from __future__ import annotations

import pytest

from assistant.chat.case.said import asks_back
from assistant.chat.case.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize("text", ["啥叫一线？", "一线是指什么", "最高等级是什么意思", "班组长算吗", "返聘包括吗",
                                  "一线是啥呢"])
def test_a_question_about_the_question_is_a_question_back(text):
    assert asks_back(text)


@pytest.mark.parametrize("text", ["一线", "应该算吧", "会员吧", "是的", "没有，工会要入吗？", "没评过什么", "没评过什么呢",
                                  "会员的嘛"])
def test_an_answer_is_no_question_back(text):
    assert not asks_back(text)


@pytest.mark.parametrize("opening, back, field, reply, value", [
    ("首席技师能报吗，我是技师，在杭州一家水泥厂", "啥叫一线？", "role_type", "那我算，天天在窑上",
     "frontline_technical"),
    ("浙派工匠我想问问，我在绍兴做织布机修，技师，一线二十年，在浙江全职二十年", "最高等级是什么意思",
     "is_highest_level_of_occupation", "我们工种最高就是技师", True),
])
def test_the_question_waits_through_a_question_back(deps, opening, back, field, reply, value):
    session = Session()
    respond(session, opening, deps)
    assert session.pending is not None and session.pending.field == field
    respond(session, back, deps)
    assert field not in session.profile and session.pending is not None and session.pending.field == field
    respond(session, reply, deps)
    assert session.profile[field] == value
