"""deny20: "the rest" denied after a denial ("徒弟没带过，其他的嘛，也都是空的") leaves nothing standing, a no for every
achievement; a prize denied in any words ("奖从来没拿过", "证书奖状一张都没有") is a no for the placings too, since a first
place is a prize (第四届's direct recognition); a science award denied ("没拿过科技奖") says nothing of contests."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _profile(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize("text", ["徒弟没带过，其他的嘛，也都是空的", "标准没碰过，别的也都没有",
                                  "那几年没弄出啥东西，证书奖项也都没有，徒弟更没带过"])
def test_the_rest_denied_after_a_denial_denies_every_achievement(text):
    assert _profile(text).get("achievements") == []


def test_the_rest_denied_after_a_deed_keeps_the_deed():
    assert "带过几个徒弟" in _profile("带过几个徒弟，别的没有").get("achievements", [])


@pytest.mark.parametrize("text", ["奖嘛从来没拿过", "什么奖都没拿过，业绩上也乏善可陈", "证书奖状一张都没有"])
def test_a_prize_denied_is_no_placing_either(text):
    profile = _profile(text)
    assert profile.get("awards") == [] and profile.get("competition_results") == []


def test_a_science_award_denied_says_nothing_of_contests():
    profile = _profile("科技奖没有")
    assert profile.get("awards") == [] and "competition_results" not in profile


def test_a_placing_told_beside_a_prize_denial_stands():
    assert _profile("比赛拿过一次市里的第三，别的奖没有").get("competition_results")
