"""A yes/no ask for whether one step follows another ("专家评完了还要公示吗") is answered from the notice's order of
the two steps (chat/step_order.order_answer), the sentence naming both or the numbered items, instead of being read
as a thing the notice might not mention."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise.step_order import order_answer
from assistant.chat.turn import respond
from assistant.notices.tree import load_corpus

ZJ, CT = "zj_craftsman_2023", "hz_chief_technician_2021"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_a_step_asked_to_follow_in_the_notices_order_is_confirmed_by_the_items(corpus):
    line, quotes = order_answer(corpus, ZJ, "浙派工匠专家评完了还要公示吗")
    assert line.startswith("是的") and [cid for cid, _ in quotes] == [f"{ZJ}#四/(四)", f"{ZJ}#四/(五)"]


def test_a_step_asked_in_the_reverse_order_is_answered_no(corpus):
    line, _ = order_answer(corpus, ZJ, "浙派工匠评审之前要先公示吗")
    assert line.startswith("不是，通知里是先评审、后公示")


def test_a_sentence_naming_both_steps_gives_the_order(corpus):
    line, quotes = order_answer(corpus, CT, "首席技师区里专家评议完还要公示吗")
    assert line.startswith("是的") and "公示无异议" in quotes[0][1]


@pytest.mark.parametrize("question", ["浙派工匠专家评完了下一步是什么", "浙派工匠专家评完了还要公示，对吧"])
def test_no_yes_no_ask_of_an_order_is_left_to_the_rest(corpus, question):
    assert order_answer(corpus, ZJ, question) is None


def test_the_turn_answers_it_rather_than_saying_the_notice_is_silent(deps):
    answer = respond(Session(), "浙派工匠专家评完了还要公示吗", deps).text
    assert answer.startswith("是的") and "不少于 5个工作日" in answer and "没有写明" not in answer
