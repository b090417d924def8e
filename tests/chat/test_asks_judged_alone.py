"""Each ask of a several-ask message is judged as the same words asked alone about the message's programme: an ask the
factual path finds silent on its own is silent among others too (nothing cited for it), and a bare ask ("什么时候发")
is read with the thing the ask before it named (奖金), as one would say it alone."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.alone import asks_how_of_whether, lent_nouns, said_alone
from assistant.chat.rules.answer_types import classify, question_parts
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("part, before, alone", [
    ("什么时候发", ["首席技师评上以后奖金多少，"], "奖金什么时候发"),
    ("去哪里领", ["首席技师认定的证书多久能拿到手，"], "证书去哪里领"),
    ("有的话发多少", ["首届数字工匠提名奖有没有奖金，"], "提名奖奖金有的话发多少"),
    ("材料交给哪个部门", ["第四届数字工匠截止到哪天，"], "材料交给哪个部门"),  # names its own thing
    ("最后由谁批准", ["浙派工匠多久评一次，"], "最后由谁批准"),  # nothing before to lend
    ("需要准备几份？", ["2016年杭州工匠那张表，主要事迹最多写多少字，"], "表事迹需要准备几份？"),  # 表 after 张
    ("一共认定多少名？", ["杭州工匠评上的有没有每个月的津贴？"], "一共认定多少名？"),  # a total is the programme's
    ("一共分哪几类？", ["首届数字工匠方案里讲的数字经济产业，我这种算不算？"], "方案数字经济产业一共分哪几类？"),
])
def test_a_bare_ask_borrows_the_thing_named_before_it(part, before, alone):
    assert said_alone(part, before) == alone


def test_question_words_and_programme_names_are_not_lent():
    assert lent_nouns("杭州工匠奖多少钱") == ()
    assert lent_nouns("首席技师有啥问题打哪个电话") == ("电话",)
    assert lent_nouns("那张表") == ("表",)


@pytest.mark.parametrize("ask, kind", [
    ("首席技师专家评议是谁组织", "actor"),  # who acts on the experts' step
    ("评委是谁来定", "actor"),
    ("评审专家是哪些人", "composition"),  # who the experts are
    ("评委都有谁", "composition"),
])
def test_who_acts_on_a_group_step_is_no_ask_for_its_members(ask, kind):
    assert classify(ask).values == kind


@pytest.mark.parametrize("message, parts", [
    ("首席技师材料发哪个邮箱，有问题打哪个电话", 2),  # 有问题 with an ask of its own in the same piece
    ("有啥搞不清的地方，该打哪个电话问", 1),  # the matter alone is the occasion of the ask
    ("首席技师评上有没有奖金，材料交纸质的还是电子的", 2),  # X的还是Y的 asks a choice with no 是
])
def test_the_asks_of_a_message_are_cut_where_each_asks(message, parts):
    assert len(question_parts(message)) == parts


def _ask(text: str):
    return respond(Session(), text, make_deps(retriever=KeywordRetriever(), today=TODAY))


def test_two_asks_the_notice_answers_neither_of_cite_nothing():
    answer = _ask("首席技师评上以后奖金多少，什么时候发")
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text and "7 月 15 日" not in answer.text


def test_an_answerable_bare_second_ask_stays_answered():
    answer = _ask("首届数字工匠几月份评审，评委从哪里来")
    cited = [c.clause_id for c in answer.citations]
    assert "hz_digital_craftsman_2023#附件1/三/(三)" in cited, answer.text
    assert any(c.startswith("hz_digital_craftsman_2023#附件1/三/(三)/1") for c in cited), answer.text


@pytest.mark.parametrize("part, before, moot", [
    ("怎么通知", "第四届数字工匠没评上的会通知吗，", True),
    ("面试考什么", "首席技师报上去以后还要面试吗，", True),
    ("专家评议是谁组织", "首席技师单位定下的人要不要公示，", False),  # another act
    ("面试考什么", "首席技师面试在哪里，", False),  # the ask before asked where, not whether
])
def test_how_an_act_goes_takes_as_given_that_it_happens(part, before, moot):
    assert asks_how_of_whether(part, before) is moot


def test_how_is_silent_where_whether_is():
    answer = _ask("第四届数字工匠没评上的会通知吗，怎么通知")
    assert not answer.citations, answer.text


def test_how_long_stays_answered_after_a_whether_the_step_order_answers():
    """"专家评完了还要公示吗" alone is answered by the notice's order of steps, so "公示多久" after it is no moot ask."""
    answer = _ask("浙派工匠专家评完了还要公示吗，公示多久")
    assert "zj_craftsman_2023#四/(五)" in [c.clause_id for c in answer.citations], answer.text
