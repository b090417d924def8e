"""A rule the asker takes for granted while telling their own case ("我做焊工7年，浙派要求干满10年对吧") is answered
and corrected first, then the case is checked; and a premise's number is compared with the value stated for the
same subject, compound terms included ("在杭全职工作").

Run with:  .venv/bin/python -m pytest -q tests/chat/test_rule_claim.py
"""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise import correction
from assistant.chat.premise.rule_premise import rule_claim
from assistant.chat.turn import respond


@pytest.mark.parametrize("message, claim", [
    ("我做电工12年了，杭州工匠规定干满15年才行对吧", "杭州工匠规定干满15年才行对吧"),
    ("我在杭州干了一年半，首届数字工匠要求在杭满一年，我够了吧", "首届数字工匠要求在杭满一年，对吧"),
    ("我是技师，浙派工匠有技师证就能报了吧？", "浙派工匠有技师证就能报了吧"),
])
def test_the_rule_asserted_beside_ones_case_is_read_out(message, claim):
    assert rule_claim(message) == claim


@pytest.mark.parametrize("message", [
    "我干了8年，能报第四届吗",            # no rule asserted
    "我是高级工，能报首席技师吧",          # the level is the asker's own, no rule said
    "第四届数字工匠要求在杭满两年对吧",    # no case told: the factual path answers it as it is
])
def test_no_rule_claim(message):
    assert rule_claim(message) is None


@pytest.mark.parametrize("message, right", [
    ("我做焊工刚好7年，浙派工匠要求本职业干满10年才能报，对吧", "5年"),
    ("我在杭州干了一年半，首届数字工匠要求在杭满一年，我够了吧", "2年"),
    ("我今年58，杭州工匠要求55周岁以下是吧，那我是不是没戏了", "60岁"),
])
def test_the_rule_is_corrected_first_then_the_case_checked(deps, message, right):
    answer = respond(Session(), message, deps)
    first = answer.text.splitlines()[0]
    assert first.startswith("不对") and right in first, answer.text


QUOTE = "从事数字经济行业工作一般在5年以上且在杭全职工作2年以上"


@pytest.mark.parametrize("question, right", [
    ("在杭工作满一年就够了吧", "而是2年"),
    ("要求在杭满三年对吧", "而是2年"),
    ("数字经济行业干满三年就行了吧", "而是5年"),
])
def test_a_number_is_checked_against_the_same_subjects_value(question, right):
    assert right in (correction(question, QUOTE) or "")


@pytest.mark.parametrize("question, verb", [
    ("佐证材料原件交上去还会还回来吗", "退回"), ("原件会退回来吗", "退回"), ("推荐表交上去还能改过来吗", "修改"),
    ("交上去还能撤回来吗", "撤回"),
])
def test_a_verb_with_its_directional_complement_is_that_verb(question, verb):
    from assistant.chat.rules.things import thing

    assert thing(question).words == (verb,)


@pytest.mark.parametrize("message, expected", [
    ("杭州工匠要在杭干满5年吧", True),         # a requirement said outright: the rule's years
    ("浙派工匠要本职业干满8年才行吧", True),
    ("在杭干满5年了，杭州工匠能报吧", False),  # a state reached: a case said without a subject
    ("我在杭干了5年，杭州工匠要求10年吧", False),  # the asker speaks: rule_claim's case
])
def test_a_subjectless_rule_premise_is_no_case(message, expected):
    from assistant.chat.premise.rule_premise import premise_of_rule

    assert premise_of_rule(message) is expected


def test_a_subjectless_rule_premise_is_answered_from_the_notice(deps):
    answer = respond(Session(), "杭州工匠要在杭干满5年吧", deps)
    assert answer.text.startswith("不对") and "10年" in answer.text.splitlines()[0] and not answer.verdicts


AWARD = "对突出贡献浙派工匠每人奖励 1万元并颁发证书"
TOTALS = "各区、县（市）总工会推荐人数一般10-20名，其中数字经济比重较大的滨江区、余杭区、西湖区推荐总数不超过30名。"


def test_a_bare_wan_after_jiang_is_money():
    assert (correction("每人奖2万，没错吧", AWARD) or "").startswith("不对")


def test_agreement_needs_the_same_subject():
    assert not (correction("一共评30名，对不对", TOTALS) or "").startswith("是的")
    assert (correction("滨江区推荐总数不超过30名对吧", TOTALS) or "").startswith("是的")
