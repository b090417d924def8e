"""A yes/no question is answered only by a sentence stating its thing, whatever value type it was given
(chat/rules/stated.py): a money or count question in yes/no form about something the notice does not say is silent."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.factual_pick import asserts
from assistant.chat.rules.things import thing
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize("question", [
    "浙派工匠那一万块奖金是直接打到个人银行卡上吗",  # typed money; 每人奖励 1万元 says nothing of a bank card
    "第四届数字工匠学历是不是要本科以上",  # typed count (以上); no sentence says 本科
])
def test_a_typed_yes_no_question_on_an_unsaid_thing_is_silent(deps, question):
    answer = respond(Session(), question, deps)
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text


def test_a_sentence_at_the_asked_level_must_state_the_thing_too(deps):
    """"市里定下来的人选会不会公示": the notice's 公示 is the unit's own (本单位); the level check's replacement, a
    sentence said at the city's level ("我市各类所有制经济…"), names no 公示 and is no answer either."""
    answer = respond(Session(), "首席那个，最后市里定下来的人选会不会公示？", deps)
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text


def test_an_unsaid_way_of_paying_is_silent_and_the_amount_a_reference(deps):
    """"奖金会分月打给我吗" asks yes or no of the manner (分月), which 每人奖励 1万元 does not state: silent, and the
    amount the notice does state shown as 参考, uncited (it was cited as if it answered)."""
    answer = respond(Session(), "浙派工匠的奖金会分月打给我吗", deps)
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text and "1万元" in answer.text.replace(" ", "")


@pytest.mark.parametrize(("question", "clause", "fact"), [
    ("评上杭州工匠有奖金吗", "hz_craftsman_2016#七", "20000元"),  # the money sentence states the thing
    ("第四届推荐表里“优先推荐企业类型”那栏只能勾一个吗？", "hz_digital_craftsman_2026#附件", "可多选"),  # a number asked
])
def test_a_sentence_stating_the_thing_still_answers(deps, question, clause, fact):
    answer = respond(Session(), question, deps)
    assert clause in [c.clause_id for c in answer.citations], answer.text
    assert fact in answer.text


def test_a_value_pointed_back_at_is_no_claim():
    plain = SimpleNamespace(confirm=False)
    assert not asserts("浙派工匠那一万块奖金是直接打到个人银行卡上吗", plain)
    assert asserts("浙派工匠奖金一共一万块吗", plain)


def test_the_copula_takes_whether_in_the_label():
    assert thing("浙派工匠那一万块奖金是直接打到个人银行卡上吗").label == "那一万块奖金是否直接打到个人银行卡上"


@pytest.mark.parametrize(("question", "words"), [
    ("浙派工匠会不会评不满、出现空缺", ("不满|空缺",)),  # ways of saying one thing; 出现 says only that it happens
    ("首席技师有没有培训、进修机会", ("培训|进修",)),
    ("首席技师要不要体检、政审", ("体检", "政审")),  # a requirement listed asks for each
])
def test_things_listed_after_a_yes_no_word_of_happening_are_alternatives(question, words):
    assert thing(question).words == words


def test_a_listed_alternative_stated_answers(deps):
    answer = respond(Session(), "浙派工匠会不会评不满、出现空缺", deps)
    assert "zj_craftsman_2023#四/(四)" in [c.clause_id for c in answer.citations], answer.text
    assert "允许奖项空缺" in answer.text
