"""A one-character verb after the yes/no word carries the predicate with its object (the thing table's
``carried_verbs``, chat/rules/things.py): "名额能转给别的区吗" asks whether a place may be passed on, which the quota
sentence (推荐名额…不超过 4 人) does not say; "能当劳模吗" asks about becoming one, which 参加…劳模先进…活动 does not."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import table
from assistant.chat.rules.things import thing
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize("verb", sorted(table()["thing"]["carried_verbs"]))
def test_each_carried_verb_is_a_word_of_the_thing(verb):
    said = table()["thing"]["carried_verbs"][verb]
    asked = thing(f"评上以后能{verb}给别人吗") if verb == "转" else thing(f"评上以后能直接{verb}高级技师吗")
    assert asked is not None and said in asked.words


@pytest.mark.parametrize("question", [
    "首席技师区里的推荐名额用不完能转给别的区吗",
    "第四届数字工匠获评以后能当劳模吗",
    "首席技师评上后能直接升高级技师吗",
])
def test_the_object_alone_does_not_answer(deps, question):
    answer = respond(Session(), question, deps)
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text


def test_a_light_verb_carries_nothing():
    # 拿 is no predicate of its own: "评上杭州工匠能拿奖金吗" is answered by the reward sentence
    asked = thing("评上杭州工匠能拿奖金吗")
    assert asked is not None and asked.words == ("奖金",)
