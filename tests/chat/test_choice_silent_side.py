"""A choice question one side of which the asked notice never names: that side's silence is said first, then the
sentence the notice does have (a user asked "浙派工匠评上了每个月有补贴伐？还是就一次性给钱" and got only the 1万元
sentence, read as if it answered the monthly side)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.choice import alternatives
from assistant.chat.turn import respond


@pytest.mark.parametrize("question", ["浙派工匠评上了每个月有补贴伐？还是就一次性给钱",
                                      "浙派工匠评上了是每个月发补贴还是一次性给钱"])
def test_the_silent_side_leads(deps, question):
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert "没有写明" in first and "补贴" in first
    assert "1万元" in answer.text and answer.citations


def test_a_choice_may_go_on_after_a_question_mark():
    sides = alternatives("每个月有补贴吗？还是就一次性给钱")
    assert sides is not None and sides[0].label == "每个月有补贴"


def test_both_sides_named_gets_no_silence_lead(deps):
    answer = respond(Session(), "浙派工匠的奖金是发给个人还是发给单位", deps)
    assert "没有写明" not in answer.text.splitlines()[0]


def test_the_choice_reader_comes_before_an_attributes_silence():
    # the how-often head reads "每个月发" in the choice too (no lookahead for 补贴 on the shared head, refac23): the
    # choice reader, tried first in factual_pick.answer_part, keeps the silent side leading (test above)
    from assistant.chat.rules.asked_heads import asked_heads

    assert [h.name for h in asked_heads("浙派工匠评上了是每个月发补贴还是一次性给钱")]


def test_a_choice_asked_as_one_part_of_several_keeps_the_attributes_silence(deps):
    # a part is answered without the choice reader's lead, so the how-often head's silence stays its answer there
    answer = respond(Session(), "突出贡献浙派工匠的奖金要缴税吗？是一次性给还是分几年给？", deps)
    assert "是一次性发放还是分期发放" in answer.text
