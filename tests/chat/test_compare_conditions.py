"""Comparisons of the notices' conditions on one attribute said without the asker's case, and of a value said
of the same thing on each side (chat/comparison/compare.py)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize(("question", "silent", "said"), [
    ("首届数字工匠和杭州工匠在年龄上的规定有什么区别", "首届杭州数字工匠", "60周岁以下"),
    ("浙派工匠跟首届杭州工匠对是不是工会会员的要求一样不一样", "突出贡献浙派工匠", "必须是工会会员"),
])
def test_a_condition_compared_is_read_from_each_side_s_rules(deps, question, silent, said):
    answer = respond(Session(), question, deps)
    assert f"【{silent}】通知没有写明" in answer.text, answer.text
    assert said in answer.text.replace(" ", ""), answer.text


def test_a_side_silent_on_age_quotes_the_rule_barring_by_retirement(deps):
    answer = respond(Session(), "第四届数字工匠和浙派工匠对年纪的要求有啥不同", deps)
    assert "退休人员不作为推荐对象" in answer.text, answer.text
    assert any(c.clause_id == "zj_craftsman_2023#三" for c in answer.citations), answer.text


def test_each_side_of_a_count_is_the_value_said_of_the_same_thing(deps):
    """首届杭州工匠's 前3名 is a count too, but of a contest's places; the other side's 认定…50名 fixes what is
    compared, and 二 (认定30名) says the same of 杭州工匠."""
    answer = respond(Session(), "杭州工匠和首届数字工匠分别评多少人", deps)
    cited = {c.clause_id for c in answer.citations}
    assert "hz_craftsman_2016#二" in cited and "hz_craftsman_2016#三/(二)/4" not in cited, answer.text


def test_self_application_compared_by_each_side_s_route(deps):
    """首席技师's 由个人向单位自荐 on one side; a notice silent on self-application says how it recommends instead."""
    answer = respond(Session(), "首席技师跟浙派工匠比，个人可不可以自己申报", deps)
    assert "由个人向单位自荐" in answer.text, answer.text
    assert "突出贡献浙派工匠的通知没有写明个人可以自荐" in answer.text, answer.text
