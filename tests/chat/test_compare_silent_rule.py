"""Comparing two editions on a rule one of them does not set ("第四届和首届的年龄要求有什么不一样"): a side whose rows
only inform on the attribute (the day ages are counted to, a share of those under 40) is silent on it, quoting the
informing row that says more than a counting day (chat/comparison/compare.py); "有什么不一样" asks a difference (routing.py), and
two editions said side by side name the series of the one only it has (turn.py)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.routing import route
from assistant.chat.turn import respond


@pytest.mark.parametrize("question", ["杭州工匠和首席技师有什么不一样", "浙派工匠跟首席技师哪不一样", "首届和第四届数字工匠不一样的地方在哪"])
def test_a_difference_asked_with_buyiyang_is_a_comparison(question):
    assert "compare" in route(question).intents


@pytest.mark.parametrize("question", [
    "首届和第四届数字工匠对年龄的要求有什么不同",
    "第四届和首届的年龄要求有什么不一样",  # the series is named only by 第四届
])
def test_an_age_rule_neither_edition_sets_is_said_so_with_the_share(deps, question):
    answer = respond(Session(), question, deps).text
    assert "【第四届杭州数字工匠】通知没有写明年龄" in answer and "【首届杭州数字工匠】通知没有写明年龄" in answer
    assert "40 周岁以下" in answer  # the share, as the nearby rule
    assert "计算时间截至" not in answer  # the day ages are counted to is no rule on age


def test_a_rule_one_side_sets_is_still_quoted(deps):
    answer = respond(Session(), "杭州工匠和浙派工匠对年龄有啥不同要求", deps).text
    assert "60周岁以下" in answer and "【突出贡献浙派工匠】通知没有写明年龄" in answer


def test_who_may_not_apply_asked_of_two_editions_compares_their_rules(deps):
    # "什么…就不能报" asks a rule, as 规定/要求 do: each side's row on the titles held
    answer = respond(Session(), "首届跟第四届数字工匠比，获评过什么称号就不能报了，有变化吗", deps).text
    assert "不再重复推荐" in answer and "不予推荐" in answer
