"""A contact asked in any of its forms (找/问/联系 + 谁/哪位/哪位老师) is a contact question, and the round words
(今年, 这一轮, 本届) say which round is meant, not what is asked.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_contact_asks.py
"""

from __future__ import annotations

import pytest

from assistant.chat.rules.answer_types import classify, focus, type_words


@pytest.mark.parametrize("question", [
    "有问题该找哪位老师", "可以问哪位", "有事可以联系谁", "该请教什么人", "找哪个老师咨询",
])
def test_every_way_of_asking_whom_to_contact_is_a_contact(question):
    assert classify(question, vectors=False).type == "contact"


@pytest.mark.parametrize("question", ["今年的数字工匠名额多少", "这一轮数字工匠名额多少", "本轮数字工匠名额多少"])
def test_round_words_are_no_topic(question):
    assert "今年" not in focus(question) and "轮" not in focus(question)


def test_a_contact_asks_words_leave_no_topic_behind():
    contact = type_words("contact")
    rest = contact.sub(" ", focus(contact.sub(" ", "有问题该找哪位老师")))
    assert "老师" not in rest


def test_the_question_word_readers_are_the_language_layers():
    # one reading of question words (review finding: factual_pick and answer_types kept private copies)
    from assistant.language.asking import asks_content, without_a_not_a

    assert asks_content("交到哪里") and asks_content("要几份") and not asks_content("是否需要原件")
    assert "有没有" not in without_a_not_a("有没有奖金") and "发不发" not in without_a_not_a("证书发不发")
