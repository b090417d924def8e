"""首席技师 二/(一) names its honours with 等 (“中华技能大奖”“全国技术能手”“杭州市杰出人才”等荣誉称号): an honour of
the same family conferred by the province or the nation and not named is for the review (the notice is silent on
it); a city's lesser honour, a district's, or an award of another kind is not one of them."""

from __future__ import annotations

import pytest
from eligibility_support import run

P = "hz_chief_technician_2021"
NONE_ELSE = {"achievements": ["绝活没有，革新也没有"], "trained_apprentices": "无", "competition_results": []}


def _honours(v):
    return next(r for r in v.reasons if r.rule == "alt_honours_competitions")


@pytest.mark.parametrize("award", [{"level": "provincial", "kind": "浙江省技术能手", "year": 2018},
                                   {"level": None, "kind": "浙江省劳动模范", "year": 2019},
                                   {"level": "national", "kind": "全国五一劳动奖章", "year": 2017}])
def test_an_unnamed_honour_of_the_family_is_for_the_review(award):
    v = run(P, {**NONE_ELSE, "awards": [award]})
    r = _honours(v)
    assert v.verdict == "needs_review" and r.ok is None, r.message
    assert award["kind"] in r.message and "由评审认定" in r.message


@pytest.mark.parametrize("award", [{"level": "municipal", "kind": "杭州市技术能手", "year": 2018},
                                   {"level": "provincial", "kind": "萧山区技术能手", "year": 2018},
                                   {"level": "provincial", "kind": "浙江省科学技术进步奖三等奖", "year": 2018}])
def test_a_lesser_or_other_award_leaves_the_condition_unmet(award):
    v = run(P, {**NONE_ELSE, "awards": [award]})
    assert _honours(v).ok is False and v.verdict == "not_eligible"


def test_a_named_honour_still_meets_it():
    assert run(P, {**NONE_ELSE, "awards": [{"level": "national", "kind": "全国技术能手", "year": 2018}]}).verdict \
        == "eligible"
