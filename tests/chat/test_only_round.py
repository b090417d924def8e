"""A closed round that no later edition follows: the answer says the notices hold no later round, so none is open
("杭州工匠现在还能报吗": the 2016 round is the only one of the honour in the notices)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize("question, said", [
    ("杭州工匠现在还能报吗", "只有首届杭州工匠这一届"),
    ("首席技师现在还能报吗", "只有2021年杭州市首席技师这一届"),
])
def test_the_only_round_of_an_honour_is_said_to_be_the_only_one(deps, question, said):
    answer = respond(Session(), question, deps)
    assert said in answer.text and "没有正在申报的一轮" in answer.text


def test_a_round_followed_by_a_later_edition_is_historical_not_the_only_one(deps):
    answer = respond(Session(), "首届数字工匠什么时候截止", deps)
    assert "这一届" not in answer.text
