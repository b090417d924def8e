"""A premise that a kind of applicant is left out, or that only another kind is chosen, said in everyday words
("只评国企的", "只在国有企业里头评", "没份", "轮不到", "不在…范围里"), is checked against the notice: a sentence that
names the kind among those it is for corrects it (chat/premise/rule_premise.py, conditions.toml [premise] and the
attribute rows' order)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise.rule_premise import _patterns
from assistant.chat.turn import respond


@pytest.mark.parametrize("said", ["只评国企的", "只在国有企业里头评", "光从国企里选", "仅面向大企业", "只认国企的"])
def test_only_said_of_choosing_is_a_requirement(said):
    requires, _, _ = _patterns()
    assert requires.search(said), said


@pytest.mark.parametrize("said", ["民营的是没份的吧", "手艺再好也轮不到", "不在推荐范围里吧", "排除在外了吧"])
def test_everyday_words_for_left_out_are_barred(said):
    _, _, barred = _patterns()
    assert barred.search(said), said


@pytest.mark.parametrize(("question", "clause", "quoted"), [
    ("杭州工匠只评国企的对伐", "hz_craftsman_2016#二", "各级各类所有制经济"),
    ("首届杭州工匠民营企业的工人是没份的吧，都是国企评", "hz_craftsman_2016#二", "各级各类所有制经济"),
    ("首席技师外企的员工没份的吧", "hz_chief_technician_2021#一", "各类所有制经济"),
    ("技工学校的老师不在浙派工匠的推荐范围里吧", "zj_craftsman_2023#三", "技能人才培养院校、教师"),
])
def test_a_kind_the_notice_includes_said_to_be_left_out_is_corrected(deps, question, clause, quoted):
    answer = respond(Session(), question, deps)
    assert answer.text.splitlines()[0].startswith("不对"), answer.text
    assert any(c.clause_id == clause for c in answer.citations), answer.text
    assert quoted in answer.text, answer.text


@pytest.mark.parametrize("question", ["浙派工匠退休的老师傅是没份的吧", "首席技师自由职业者也能报的吧"])
def test_a_kind_the_notice_rules_on_as_said_is_agreed_with(deps, question):
    assert respond(Session(), question, deps).text.startswith("是的"), question


def test_a_kind_the_notice_both_prefers_and_leaves_out_is_not_settled_by_one_sentence(deps):
    # 事业身份: "原则上不予推荐" for some, "优先推荐本单位数字专员" for others
    answer = respond(Session(), "第四届数字工匠事业单位的数字专员不能推荐吧", deps)
    assert "在它的范围之内" not in answer.text and "不予推荐”，事业" not in answer.text, answer.text


def test_a_negative_ask_is_no_positive_one(deps):
    # "不能推荐" asks the negative: no "不对，按通知规定不可以" against the rule it agrees with
    answer = respond(Session(), "第四届数字工匠国企领导是不能推荐的吧", deps)
    assert not answer.text.startswith("不对，按通知规定不可以"), answer.text
