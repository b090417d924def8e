"""Money named in a question is not always asked for as an amount. "奖的钱要不要退" asks yes or no about what is done
with the money (退回, 收回, 追回: the answer-type table's acts), which a sentence stating the amount does not say; and an
ask for a number only leans on the ask before it when it asks how much ("大概多少"), not when it names money in a
yes/no of its own. The phrasings are not rows of the eval sets or the probes."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import question_parts
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize("question", [
    "杭州工匠称号要是被撤了，奖的钱要不要退？",
    "首届杭州工匠那两万块，以后会不会要求退回去？",
    "杭州工匠奖金要退回吗",
])
def test_money_asked_of_an_act_on_it_is_silent_where_no_sentence_says_the_act(question, deps):
    answer = respond(Session(), question, deps)
    assert "没有写明" in answer.text.splitlines()[0]
    assert not answer.citations


@pytest.mark.parametrize("question", ["首届杭州工匠奖金多少钱", "杭州工匠评上了奖励多少"])
def test_money_asked_as_an_amount_is_still_answered(question, deps):
    answer = respond(Session(), question, deps)
    assert "20000元" in answer.text
    assert any(c.clause_id == "hz_craftsman_2016#七" for c in answer.citations)


@pytest.mark.parametrize("question, parts", [
    ("杭州工匠犯了事称号会不会收回？奖的钱要不要退？", 2),
    ("首席技师评上有奖金吗？钱要不要交税？", 2),
    ("有没有奖金，大概多少", 1),
    ("奖金有吗？每人给多少", 1),
])
def test_only_an_ask_for_how_much_leans_on_the_ask_before_it(question, parts):
    assert len(question_parts(question)) == parts


@pytest.mark.parametrize("question", ["浙派工匠评上后奖金会不会被收回", "突出贡献浙派工匠骗取的奖金会被追回吗"])
def test_money_asked_of_an_act_a_notice_rules_on_is_answered_by_that_rule(question, deps):
    answer = respond(Session(), question, deps)
    assert "没有写明" not in answer.text.splitlines()[0], answer.text
    assert any(c.clause_id == "zj_craftsman_2023#六/(三)" and "撤销" in c.quote for c in answer.citations), answer.text
