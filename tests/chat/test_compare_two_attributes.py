"""Two attributes asked side by side ("一个看证书一个看年限", "年纪和干满几年的要求") are compared one after the other,
each side by the clause holding that attribute; one attribute asked stays one comparison."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.comparison.compared_attribute import compared_attributes
from assistant.chat.turn import respond


@pytest.mark.parametrize(("text", "keys"), [
    ("首席技师跟第四届数字工匠在条件上最大的区别是啥？一个看证书一个看年限是伐", ["skill_level", "years"]),
    ("浙派跟杭州工匠 年纪和干满几年的要求哪个严", ["age", "years"]),
    ("首席技师跟第四届数字工匠 证书和年限要求有啥不一样", ["skill_level", "years"]),
])
def test_two_attributes_joined_are_both_compared(text, keys):
    assert [a.key for a, _ in compared_attributes(text)] == keys


@pytest.mark.parametrize("text", ["浙派跟杭州工匠 年纪要求哪个严", "浙派和杭州工匠的奖金哪个多",
                                  "首席技师和杭州工匠的年龄要求一样吗"])
def test_one_attribute_is_one_comparison(text):
    assert compared_attributes(text) == []


def test_both_sides_of_each_attribute_are_answered(deps):
    answer = respond(Session(), "浙派跟杭州工匠 年纪和干满几年的要求哪个严", deps).text
    assert "60周岁以下" in answer and "不少于10年" in answer and "5年以上" in answer
    assert answer.index("年龄") < answer.index("工作年限")


@pytest.mark.parametrize(("text", "key"), [
    ("首席技师跟第四届数字工匠在条件上最大的区别是啥？", "conditions"),
    ("杭州工匠和浙派工匠申报条件有什么不同", "conditions"),
    ("浙派跟杭州工匠 年纪要求哪个严", None),  # one condition named: its own row, not the whole
])
def test_the_conditions_as_a_whole_are_an_attribute_of_their_own(text, key):
    from assistant.chat.comparison.compared_attribute import overall_attribute

    found = overall_attribute(text)
    assert (found.key if found else None) == key


def test_conditions_asked_with_a_guess_lead_with_each_sides_chapter_of_conditions(deps):
    """"在条件上最大区别是啥？一个要工会会员一个要证书是伐": the guess is compared, and so is each side's chapter of
    conditions (age and years for 杭州工匠), which the guess left out."""
    answer = respond(Session(), "杭州工匠（2016那届）跟2021年首席技师，在条件上最大区别是啥？一个要工会会员一个要证书是伐",
                     deps).text
    assert answer.index("申报条件") < answer.index("工会会员")
    assert "60周岁以下" in answer and "不少于10年" in answer and "技师及以上" in answer
