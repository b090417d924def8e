"""A choice of how often something is given ("一次性的还是每年都给", "按月发"): the side said as a frequency has no
content word, so the choice was not seen and a notice saying 一次性奖励 was reported silent on it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.choice import alternatives
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))


@pytest.mark.parametrize(("question", "sides"), [
    ("奖励是一次性的还是每年都给", ("一次性", "每年")),
    ("奖金是一次性的还是按月发", ("一次性", "按月")),
    ("奖金是分三年给还是一次性给", ("三年", "一次性")),
])
def test_a_side_said_as_how_often_is_an_alternative(question, sides):
    found = alternatives(question)
    assert found is not None and (found[0].words[0], found[1].words[0]) == sides


def test_the_notice_naming_one_way_answers_it(deps):
    answer = respond(Session(), "首届杭州工匠评上的奖励是一次性的还是每年都给", deps)
    assert "一次性奖励20000元" in answer.text.splitlines()[0], answer.text
    assert any(c.clause_id == "hz_craftsman_2016#七" for c in answer.citations)


def test_a_notice_naming_neither_way_says_so_first(deps):
    answer = respond(Session(), "浙派工匠的奖金是一次性的还是按月发", deps)
    assert "没有写明是一次性还是按月" in answer.text.splitlines()[0], answer.text
    assert answer.citations == ()


def test_a_frequency_word_alone_is_no_choice():
    assert alternatives("我还是想问一下每年都评吗") is None


def test_money_every_year_is_no_question_of_how_often_the_honour_is_held(deps):
    # "每年都有津贴" asks how often money comes; the notice is silent on 津贴, not on 评选周期
    answer = respond(Session(), "首席技师评上了是每年都有津贴还是就发个证书", deps)
    first = answer.text.splitlines()[0]
    assert "评选周期" not in first and "津贴" in first, answer.text
    assert "评选周期" in respond(Session(), "首席技师每年都评吗", deps).text.splitlines()[0]
