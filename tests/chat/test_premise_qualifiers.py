"""A premise's value is checked against the value the notice states for the same qualifier (competition class
and level, recommending body), in any measure word of the count family (份, 位, 家, 项, 次).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_qualifiers.py
"""

from __future__ import annotations

import pytest

from assistant.chat.premise import claims, correction
from assistant.chat.rules.answer_types import classify, count_unit

RANKS = "国家一类技能竞赛中前六名、二类技能竞赛前三名；省级一类技能竞赛前三名、二类技能竞赛第一名；市级一类技能竞赛第一名。"
COPIES = "注：申报表一式两份并电子档于2016年9月30日前报市总技协办。"
QUOTA = "每 5年评选一次，每次评选突出贡献浙派工匠 50名，培育突出贡献单位 30个。"


@pytest.mark.parametrize("question, start", [
    ("国家二类技能竞赛拿到前六名就够条件了对吧", "不对，通知写的不是前六名，而是前三名"),
    ("全国二类比赛拿了前六名就行吧", "不对"),
    ("省里一类比赛前五名就行了吧", "不对，通知写的不是前五名，而是前三名"),
    ("省级二类竞赛第一名能报的吧", "是的"),
    ("国家一类技能竞赛第四名也算吧", "是的"),  # 第四 lies within the 前六名 of the same class
])
def test_a_rank_is_checked_against_the_same_class_and_level(question, start):
    assert (correction(question, RANKS) or "").startswith(start)


@pytest.mark.parametrize("question, start", [
    ("申报表要交一式三份对不对", "不对，通知写的不是3份，而是2份"),
    ("申报表交三份纸质的是吧", "不对"),
    ("申报表一式两份没错吧", "是的"),
    ("培育单位每次评40家对吧", "不对"),
    ("每次评选工匠五十位，对吧", "是的"),
])
def test_every_measure_word_of_a_count_is_a_claim(question, start):
    quote = COPIES if "申报表" in question else QUOTA
    assert (correction(question, quote) or "").startswith(start)


def test_one_before_a_noun_counts_nothing():
    assert claims("一家公司能报几个人") == []


@pytest.mark.parametrize("question, unit", [
    ("评审专家一共有几位", "位"), ("培育单位每次评几家", "家"), ("一年评几回", "回"), ("评了几届了", "届"),
])
def test_a_count_asked_in_any_measure_word_is_a_strict_count(question, unit):
    asked = classify(question, vectors=False)
    assert asked.type == "count" and asked.strict
    assert unit in (count_unit(question) or "")


def test_an_ordinal_edition_asserts_no_count():
    # "第四届" names the round; it must not turn a yes/no question into a count
    assert classify("第四届数字工匠评审要不要现场答辩", vectors=False).type == "yes_no"


@pytest.mark.parametrize("question, unit", [("申报要交多少份材料", "份"), ("主要成果最多填多少项", "项"), ("评审有几轮", "轮")])
def test_many_and_how_many_ask_the_same_unit(question, unit):
    assert unit in (count_unit(question) or "")
