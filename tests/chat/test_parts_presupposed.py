"""A message asking two things, one after the other: an ask that takes the ask before it as given ("要不要交…？
要的话是单位去开还是我自己去开？") is moot where the notice is silent on that one, so it gets no quote of its own;
an ask answered by a sentence holding its type keeps its quote."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.factual import _PRESUPPOSES
from assistant.chat.turn import respond


@pytest.mark.parametrize("part", ["要的话是单位去开还是我自己去开？", "需要的话找谁开？", "如果要的话交几份？", "那要的话怎么弄",
                                  "是的话在哪里报"])
def test_a_presupposing_ask(part):
    assert _PRESUPPOSES.match(part)


@pytest.mark.parametrize("part", ["要交哪些材料？", "是直接打到个人卡上吗", "需要单位盖章吗"])
def test_an_ask_of_its_own(part):
    assert not _PRESUPPOSES.match(part)


def test_moot_after_a_silent_ask(deps):
    answer = respond(Session(), "第四届要不要交派出所开的无犯罪记录证明？要的话是单位去开还是我自己去开？", deps)
    assert "没有写明" in answer.text.splitlines()[0], answer.text
    assert not answer.citations, answer.text
