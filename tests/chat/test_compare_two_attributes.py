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
