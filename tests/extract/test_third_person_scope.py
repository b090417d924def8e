"""Whose fact a clause states when a message names a third person beside the one asked about: a named workmate's
or relative's honour, level or placing is theirs (a subject scope that lasts until the candidate or the speaker is
named again), and the asker as someone's apprentice trained no one."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", [
    # asking for a relative, another relative's title said after a linking word
    "帮我爸问问：他在萧山做钳工二十年了，高级技师。另外我舅舅2019年评过杭州工匠。我爸能报浙派工匠吗",
    "帮我妈问问 她在富阳做竹编三十年了 高级技师 我姐去年评上了浙江工匠 我妈能报浙派工匠吗",
    # asking for a colleague by name, another colleague's title, then a pronoun that goes on with that one
    "替同事小李问下，小李在滨江做算法五年了，还有老张前年拿过杭州数字工匠，小李能报第四届吗",
    "我们人事替员工问：陈师傅在临平做焊工，高级技师，至于王师傅，他18年评上了杭州工匠。陈师傅能申报首席技师吗",
])
def test_a_third_persons_title_is_not_the_candidates(text):
    assert not extract(text, TODAY).profile.get("prior_titles")


def test_the_candidates_own_facts_stay():
    profile = extract("我们人事替员工问：陈师傅在临平做焊工，高级技师，至于王师傅，他18年评上了杭州工匠。"
                      "陈师傅能申报首席技师吗", TODAY).profile
    assert profile.get("skill_level") == "高级技师"
    profile = extract("替同事小李问下，小李在滨江做算法五年了，还有老张前年拿过杭州数字工匠，小李能报第四届吗", TODAY).profile
    assert profile.get("employer_city") == "杭州" and profile.get("years_in_field") == 5.0


@pytest.mark.parametrize("text", [
    "我是老周的徒弟 跟他学了八年数控 高级工",
    "当过王师傅的徒弟，现在自己在萧山干模具，技师",
    "我们车间老周前年评上了杭州工匠，我是他徒弟，数控车高级工",
])
def test_the_asker_as_an_apprentice_trained_no_one(text):
    profile = extract(text, TODAY).profile
    assert not profile.get("trained_apprentices") and not profile.get("achievements")
    assert not profile.get("prior_titles")


def test_the_asker_as_a_master_did():
    assert extract("他是我徒弟，我带了他五年", TODAY).profile.get("trained_apprentices")


@pytest.mark.parametrize("text", [
    "我手下两个学徒 今年市里比赛 一个第二一个第五 我本人高级工",
    "俺底下的几个徒弟都拿过市赛前三 我自己是高级技师",
])
def test_the_people_under_one_place_for_themselves(text):
    assert not extract(text, TODAY).profile.get("competition_results")
