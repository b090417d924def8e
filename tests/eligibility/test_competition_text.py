"""A competition named among the achievements, when the competition results are given, is judged by its placing in
the competition rows, not left to the experts as an achievement (as a 科学技术类奖项 is judged by its level):
"除参加比赛外，没有…" has no achievement for the qualitative alternatives. Phrasings not in the profile tables."""

from __future__ import annotations

import pytest

from tests.eligibility_support import reason, run

P = "hz_chief_technician_2021"
SHORT = [{"level": "municipal", "tier": "一类", "rank": 3, "year": 2019, "type": "individual", "field": "数控车工"}]


@pytest.mark.parametrize("said", ["除了参加过几次技能比武，别的成果都没有", "参加过市里的数控技能大赛，拿了第三名，其他没有什么成果",
                                  "就是参加竞赛，没搞过革新也没带过徒弟"])
def test_a_competition_and_an_absence_is_no_achievement_for_the_experts(said):
    v = run(P, {"awards": [], "competition_results": SHORT, "achievements": [said]})
    assert reason(v, "alt_knack").ok is False and reason(v, "alt_innovation").ok is False
    assert v.verdict == "not_eligible"


def test_a_competition_with_a_deed_of_its_own_stays_for_the_experts():
    v = run(P, {"awards": [], "competition_results": SHORT, "achievements": ["带徒弟参加省技能大赛，三个人进了前五"]})
    assert reason(v, "alt_apprentices").ok is None and v.verdict == "needs_review"


def test_without_the_results_the_text_is_left_open():
    v = run(P, {"awards": [], "competition_results": None, "achievements": ["参加过市里的数控技能大赛"]})
    assert v.verdict == "needs_review"


@pytest.mark.parametrize("said", ["2019年市数控车工技能大赛第三名", "市一类竞赛拿过一个季军", "参加过全国二类大赛，第五名"])
def test_a_placing_given_as_the_whole_achievements_is_a_no_for_the_deed_alternatives(said):
    # round 9: a complete profile whose achievements list only a placing short of every listed one holds no deed
    # for the experts (as one listing only an honour or a 科技奖 did); the placing is judged by its own row
    v = run(P, {"awards": [], "competition_results": SHORT, "achievements": [said], "trained_apprentices": "无"})
    assert reason(v, "alt_knack").ok is False and reason(v, "alt_innovation").ok is False
    assert v.verdict == "not_eligible"


def test_a_placing_told_without_achievements_leaves_them_unknown():
    # a message that tells only a placing fills no achievements: they stay unknown and are asked for
    v = run(P, {"awards": [], "competition_results": SHORT, "achievements": None})
    assert reason(v, "alt_knack").ok is None and "achievements" in reason(v, "alt_knack").missing
    assert v.verdict == "needs_review"


@pytest.mark.parametrize("said", ["比赛除了班组里的岗位练兵以外，一次都没参加过", "只在车间的技能比拼里露过面，别的成果没有",
                                  "除了厂里打擂台那回，就没什么可说的了"])
def test_a_posts_drills_and_contests_are_competitions_not_achievements(said):
    # pf-072's 技能比赛除了厂里的岗位练兵以外一次也没参加过: the drill excepted is a competition, not a deed; the
    # other kinds are denied by name as pf-072 does (a denial of contests alone leaves 绝活 open: held19, pf-712)
    v = run("hz_craftsman_2016", {"awards": [], "competition_results": [], "achievements": [
        "绝活谈不上，也没总结过什么操作法", "干的是汽车钣金，不是传统工艺行当", "从未搞过技术革新，也没有发明", said]})
    assert reason(v, "alt_knack").ok is False and v.verdict == "not_eligible"


@pytest.mark.parametrize("remark", ["就差一名", "可惜了", "差一点"])
def test_a_short_remark_on_a_placing_is_no_deed_for_the_experts(remark):
    # batch s dev (pf-316): "全国一类大赛第七名，就差一名" beside an explicit no for the rest was left to the experts
    national = [{"level": "national", "tier": "一类", "rank": 7, "year": 2018, "type": "individual", "field": "焊工"}]
    v = run(P, {"awards": [], "competition_results": national, "trained_apprentices": "无",
                "achievements": [f"全国一类大赛第七名，{remark}", "绝招谈不上，发明创造、先进操作法也没有"]})
    assert reason(v, "alt_knack").ok is False and reason(v, "alt_innovation").ok is False
    assert v.verdict == "not_eligible"


def test_a_longer_clause_after_a_placing_is_still_a_deed():
    v = run(P, {"awards": [], "competition_results": SHORT,
                "achievements": ["市赛第三名，回来以后改进了车床的夹具", "绝招谈不上"]})
    assert v.verdict == "needs_review"
