"""Whether a notice names a thing is a look in its text (batch s dev, qa-801's kind: "我们做IoT的，…第四届数字工匠认定
范围里提没提到物联网这块" was answered with an eligibility check of the asker, asking six questions)."""

from __future__ import annotations

import pytest

from assistant.chat.rules.mentions import mention_ask
from tests.chat_support import ask_cited


@pytest.mark.parametrize("text, thing", [
    ("第四届数字工匠认定范围里提没提到物联网这块？", "物联网"),
    ("首席技师的通知有没有提到自由职业者", "自由职业者"),
    ("无人机飞手在不在第四届数字工匠认定范围", "无人机飞手"),
    ("第四届通知里写没写区块链", "区块链"),
])
def test_the_thing_asked_about(text, thing):
    assert mention_ask(text) == thing


@pytest.mark.parametrize("text", [
    "首届数字工匠有没有写奖金",  # a value of a type: the factual path's
    "通知里有没有写截止时间",
    "第四届要求在杭工作满两年对吧",
    "有没有年龄限制",
])
def test_asks_for_a_value_or_a_rule_are_not_lookups(text):
    assert mention_ask(text) is None


def test_named_in_other_words_is_said_so_and_cited(deps):
    answer, ids = ask_cited(deps, "我们做IoT的，就是智能门锁、摄像头联网那一套，第四届数字工匠认定范围里提没提到物联网这块？")
    first = answer.text.splitlines()[0]
    assert first.startswith("提到了") and "智能物联" in first
    assert ids == ["hz_digital_craftsman_2026#一"] and not answer.verdicts


def test_named_as_asked(deps):
    answer, ids = ask_cited(deps, "首席技师的通知有没有提到自由职业者")
    assert answer.text.startswith("提到了。") and ids == ["hz_chief_technician_2021#一"]


def test_not_named_is_said_first_and_the_range_quoted_beside_it(deps):
    answer, ids = ask_cited(deps, "我是做区块链的，第四届数字工匠认定范围里写没写区块链")
    assert answer.text.splitlines()[0] == "第四届杭州数字工匠的通知没有提到“区块链”。"
    assert ids == ["hz_digital_craftsman_2026#一"] and "89589640" in answer.text and not answer.verdicts
