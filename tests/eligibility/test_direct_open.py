"""An unknown direct-recognition path never holds back an eligible verdict (docs/verdict-policy.md): being
eligible is certain whatever the competitions were; 直接认定 would only be a stronger yes, said in one line."""

from __future__ import annotations

import pytest
from eligibility_support import run

from assistant.eligibility.policy import effect

P = "hz_digital_craftsman_2026"
SCI = [{"level": "provincial", "kind": "浙江省科学技术进步奖三等奖", "year": 2024}]


def test_policy_row():
    assert effect("direct", None) == "pass"


@pytest.mark.parametrize("changes", [
    {"competition_results": None, "achievements": [], "awards": SCI},  # met by a provincial award
    {"competition_results": None, "awards": SCI},
])
def test_unknown_direct_path_keeps_eligible(changes):
    v = run(P, changes)
    assert v.verdict == "eligible"
    assert "competition_results" not in v.missing
    note = next(n for n in v.notes if n.rule == "direct_open")
    assert "2025年以来" in note.message and "直接认定" in note.message and note.clause_id == P + "#一"
    assert not [r for r in v.reasons if r.kind == "direct" and r.ok is None]  # the note says it, not a "？" line


def test_unknown_direct_path_still_opens_when_no_alternative_holds():
    v = run(P, {"competition_results": None, "achievements": ["没有参与过标准制定，也没有技术革新成果"], "awards": []})
    assert v.verdict == "needs_review" and "competition_results" in v.missing
    assert not [n for n in v.notes if n.rule == "direct_open"]


def test_known_competitions_give_no_note():
    assert not [n for n in run(P, {}).notes if n.rule == "direct_open"]  # competition_results: []


@pytest.mark.parametrize("achievements", [["主导制定团体标准2项"], ["主持技术革新项目，攻克了技术难关"]])
def test_unknown_direct_path_is_asked_when_the_alternatives_wait_for_the_review(achievements):
    """A standard or an innovation is for the experts to weigh; a first place would make it direct recognition,
    so the competition is asked, not presumed absent."""
    v = run(P, {"competition_results": None, "achievements": achievements})
    assert v.verdict == "needs_review" and "competition_results" in v.missing


@pytest.mark.parametrize("achievements", [["啥成果都没有，证书奖项也没有"], ["这些年没弄出啥东西，比赛也没参加过"],
                                          ["一样都没有，什么奖都没拿过"]])
def test_a_denial_of_everything_and_of_prizes_closes_the_direct_path(achievements):
    """deny20 (lead's decision): a first place is a prize, so a general denial with prizes or contests denied closes
    直接认定 as well, and no alternative holding, the answer is a no."""
    v = run(P, {"competition_results": None, "achievements": achievements, "awards": None})
    assert "competition_results" not in v.missing
    assert next(r for r in v.reasons if r.rule == "direct").ok is False
    # a prize denied is an award denied too; a contest denied leaves the science awards to ask about
    assert v.verdict == ("not_eligible" if "奖" in achievements[0] else "needs_review")


def test_a_denial_naming_some_kinds_leaves_the_certificate_and_the_direct_path_open():
    v = run(P, {"competition_results": None, "achievements": ["标准制定没参与过", "技术革新也谈不上"], "awards": None})
    assert v.verdict == "needs_review"
    assert next(r for r in v.reasons if r.rule == "direct").ok is None
    assert next(r for r in v.reasons if r.rule == "alt_certificate").ok is None
