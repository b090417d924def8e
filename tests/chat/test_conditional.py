"""A conditional clause sets the case a question is asked in; the clause after it is the question
(chat/rules/conditional.py), so its words are no thing the notice must hold and its numbers no premise."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import classify
from assistant.chat.rules.conditional import case_and_question
from assistant.chat.rules.things import thing
from assistant.chat.turn import respond


@pytest.mark.parametrize(("text", "case", "question"), [
    ("首席技师评上以后要是跳槽到别的厂，称号还算数不？", "要是跳槽到别的厂，", "首席技师评上以后，称号还算数不？"),
    ("如果评上了之后我换了单位，这个称号还有效吗", "如果评上了之后我换了单位，", "这个称号还有效吗"),
    ("万一被查出材料造假的话，会怎么样", "万一被查出材料造假的话", "会怎么样"),
    ("要是跳槽的话称号还算吗", "要是跳槽的话", "称号还算吗"),  # 的话 closes the case within one clause
    ("假如我干这行只有三年，但拿过省科技奖，能报吗", "假如我干这行只有三年，但拿过省科技奖，", "能报吗"),
])
def test_the_case_is_the_conditional_clause(text, case, question):
    assert case_and_question(text) == (case, question)


@pytest.mark.parametrize("text", [
    "申报人要是工会会员吗",  # 要 + 是 in the question itself: no case
    "若干年后还能报吗",  # 若干 is a quantity
    "我们单位没建工会，我还能报吗",  # the asker's case, said without a conditional marker
])
def test_no_case_without_a_conditional_clause(text):
    assert case_and_question(text) == ("", text)


@pytest.mark.parametrize(("question", "words"), [
    ("首席技师评上以后要是跳槽到别的厂，称号还算数不？", ("称号", "算数")),  # 要是 is no yes/no word 要
    ("如果评上之后我换了单位，这个称号还有效吗", ("称号", "有效")),  # no yes/no word: what the question says
    ("假如评上数字工匠以后我辞职了，证书会不会被收回", ("收回",)),
])
def test_the_thing_is_taken_from_the_question_not_the_case(question, words):
    assert thing(question).words == words


def test_a_number_in_the_case_is_no_asserted_count():
    assert classify("万一我只干了三年，首席技师还会被推荐吗").type == "yes_no"


@pytest.mark.parametrize(("question", "said"), [
    ("首席技师评上以后要是跳槽到别的厂，称号还算数不？", "没有写明称号是否还算数"),
    ("杭州工匠评上了，如果后来去外省工作了，称号还保留吗", "没有写明称号是否还保留"),
    ("假如评上数字工匠以后我辞职了，证书会不会被收回", "没有写明证书是否会被收回"),
])
def test_silent_on_what_the_question_asks_in_the_case(deps, question, said):
    answer = respond(Session(), question, deps)
    assert said in answer.text.splitlines()[0]
    assert not answer.citations


def test_the_notice_rule_on_the_case_still_answers(deps):
    answer = respond(Session(), "浙派工匠评上以后万一犯了事，称号会被撤销吗", deps)
    assert any(c.clause_id == "zj_craftsman_2023#六/(三)" for c in answer.citations)
