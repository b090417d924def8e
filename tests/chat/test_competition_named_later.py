"""A result pointed at ("省里区块链那个比赛我拿了第一") is named by a later clause that names a competition and no
place of its own ("2025年浙江省数字经济行业职业技能竞赛"): the name completes the result, so the rules that read the
competition's name (直接认定 reads 数字经济行业职业技能竞赛) see it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.competition_patch import _full_name
from tests.chat_support import talk

TODAY = dt.date(2026, 11, 21)
POINTED = {"level": "municipal", "tier": None, "rank": 1, "year": 2025, "type": "individual", "field": "市里那个比赛"}


@pytest.mark.parametrize("text, name", [
    ("比赛全名是2025年杭州市数字经济行业职业技能竞赛，我在滨江做开发", "杭州市数字经济行业职业技能竞赛"),
    ("杭州市数字经济行业职业技能竞赛，网络安全赛项", "杭州市数字经济行业职业技能竞赛"),
    ("2019年杭州市数字经济行业职业技能竞赛", None),  # another year: another competition
    ("2025年杭州市数字经济行业职业技能竞赛拿了第二名", None),  # a place of its own: another result
])
def test_the_name_told_later(text, name):
    assert _full_name(text, POINTED, TODAY) == name


def test_a_named_result_is_not_renamed():
    named = {**POINTED, "field": "杭州市电工职业技能竞赛"}
    assert _full_name("2025年杭州市数字经济行业职业技能竞赛", named, TODAY) is None


def test_the_named_competition_reaches_the_check(deps):
    session, _ = talk(deps, "去年市里那个物联网的比赛我拿了第一，个人赛，第四届数字工匠能直接认定吗",
                      "比赛全名是2025年杭州市数字经济行业职业技能竞赛，我在滨江做工业物联网开发，七年了")
    assert session.profile["competition_results"][-1]["field"] == "杭州市数字经济行业职业技能竞赛"
