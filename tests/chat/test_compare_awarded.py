"""Comparisons by what being awarded brings, and by whether a kind of person may apply.

"评上以后给的东西一样吗" names nothing more particular than what one gets: each side is its section on what follows
for those recognised (chat/comparison/compare_awarded.py), a notice with none silent on it. "退休的人能不能报", "哪个卡年龄" ask
the rules (compare.py's rules ask), so each side is its rule testing that kind of person, or silent."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.comparison.compare_awarded import asks_awarded
from assistant.chat.turn import respond


@pytest.mark.parametrize("question", ["首届数字工匠和第四届数字工匠评上以后给的东西一样吗", "浙派工匠和杭州工匠评上以后待遇有啥不同",
                                      "杭州工匠和首席技师评上以后都发什么"])
def test_what_one_gets_in_general_words_is_asked(question):
    assert asks_awarded(question)


@pytest.mark.parametrize("question", ["杭州工匠和浙派工匠评上以后称号管几年", "杭州工匠和浙派工匠奖金分别多少",
                                      "评上以后多久发证书，杭州工匠和浙派工匠一样吗"])
def test_a_particular_thing_or_value_is_not(question):
    assert not asks_awarded(question)


def test_each_edition_quotes_its_section_on_what_follows(deps):
    answer = respond(Session(), "首届数字工匠和第四届数字工匠评上以后给的东西一样吗", deps).text
    assert "创新培训营" in answer and "证书、奖牌、纪念品" in answer
    assert "初审" not in answer


def test_a_notice_with_no_such_section_is_silent(deps):
    answer = respond(Session(), "杭州工匠和首席技师评上以后给的东西一样吗", deps).text
    assert "20000元" in answer and "【2021年杭州市首席技师】通知没有写明" in answer


@pytest.mark.parametrize("question, said, silent", [
    ("退休的人能不能报，浙派工匠和杭州工匠有什么不同", "退休人员不作为推荐对象", "【首届杭州工匠】通知没有写明"),
    ("杭州工匠和首席技师哪个卡年龄", "60周岁以下", "【2021年杭州市首席技师】通知没有写明年龄"),
])
def test_whether_a_kind_of_person_may_apply_compares_the_rules(deps, question, said, silent):
    answer = respond(Session(), question, deps).text
    assert said in answer and silent in answer
    assert "奖励" not in answer and "推荐名额" not in answer  # not the best-ranked unrelated sentence
