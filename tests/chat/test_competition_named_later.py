"""A result pointed at ("省里区块链那个比赛我拿了第一") is named by a later clause that names a competition and no
place of its own ("2025年浙江省数字经济行业职业技能竞赛"): the name completes the result, so the rules that read the
competition's name (直接认定 reads 数字经济行业职业技能竞赛) see it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.competition_patch import _full_name
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


def test_a_place_said_to_be_someone_elses_in_a_correction_is_not_the_askers(deps):
    # batch s dev (dlg-s006): "记错了 是第二名 第一名是她同事" kept the first place, so 首席技师 (一) was met
    session, answers = talk(deps, "帮我妈问问21年首席技师 她在富阳一家服装厂当样衣工 技师 做了二十多年 一直在车间",
                            "她2018年拿过杭州市一类职业技能大赛服装制版第一名", "记错了 是第二名 第一名是她同事")
    ranks = [r["rank"] for r in session.profile.get("competition_results") or []]
    assert ranks == [2], ranks
