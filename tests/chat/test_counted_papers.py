"""The count of copies, words, pages or seals is a value of its own: said, or the notice's silence on it said
("首席技师要交哪些材料，几份", "要盖几个章")."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import classify, question_parts
from assistant.chat.turn import respond


def test_a_count_in_its_own_unit_is_an_ask_of_its_own():
    assert question_parts("首席技师要交哪些材料，几份") == ["首席技师要交哪些材料，", "几份"]
    assert question_parts("有没有奖金，大概多少") == ["有没有奖金，大概多少"]  # a bare 多少 goes with its thing


@pytest.mark.parametrize(("question", "label"), [
    ("首席技师申报材料要盖几个章", "盖章或签字的数量"),
    ("浙派工匠材料要交几份", "份数"),
    ("申报书有页数限制吗，最多几页", "页数"),
])
def test_the_count_asked_names_its_unit(question, label):
    asked = classify(question.split("，")[-1])
    assert asked.type == "count" and asked.label == label


def test_copies_asked_after_the_list_are_answered(deps):
    answer = respond(Session(), "首席技师要交哪些材料，几份", deps)
    assert "各一份" in answer.text


@pytest.mark.parametrize(("question", "said"), [
    ("首席技师申报材料要盖几个章", "没有写明盖章或签字的数量"),
    ("浙派工匠材料要交几份", "没有写明份数"),
])
def test_silent_on_a_count_the_notice_does_not_give(deps, question, said):
    answer = respond(Session(), question, deps)
    assert said in answer.text.splitlines()[0]
