"""A record (an honour, an allowance) or a deed of a kind another alternative of the same
programme measures, given as the achievements, is judged by that row and is no unmatched deed for the experts
(round 9: 首席技师 and 数字工匠 profiles whose only achievement fell short of the row that measures it stayed
needs_review). Phrasings not in the eval tables."""

from __future__ import annotations

import pytest

from tests.eligibility_support import reason, run

CT, D26, D23, ZJ, C16 = ("hz_chief_technician_2021", "hz_digital_craftsman_2026", "hz_digital_craftsman_2023",
                         "zj_craftsman_2023", "hz_craftsman_2016")


@pytest.mark.parametrize("said", ["徒弟带了三个", "平时带带新来的学徒", "我教出来两个徒弟"])
def test_apprentices_without_the_listed_placings_are_no_knack_or_innovation(said):
    v = run(CT, {"awards": [], "competition_results": [], "achievements": [said],
                 "trained_apprentices": "带过几个徒弟，都没参加过技能竞赛"})
    assert reason(v, "alt_apprentices").ok is False
    assert reason(v, "alt_knack").ok is False and reason(v, "alt_innovation").ok is False
    assert v.verdict == "not_eligible"


def test_a_kind_no_alternative_takes_stays_with_the_experts():
    # 杭州工匠 has no apprentice alternative: 带徒 is not another row's to measure, so the experts still weigh it
    v = run(C16, {"awards": [], "competition_results": [], "achievements": ["徒弟带了三个"]})
    assert reason(v, "alt_knack").ok is None and v.verdict == "needs_review"


def test_a_sibling_kind_that_is_met_keeps_the_verdict_for_the_review():
    v = run(ZJ, {"awards": [], "competition_results": [], "achievements": ["带出十个徒弟，五个考上了高级技师"]})
    assert reason(v, "alt_training").ok is None and v.verdict == "needs_review"


@pytest.mark.parametrize("said", ["企业内部认证的高级架构师", "集团内部评定的首席工程师资格"])
def test_an_employers_own_certification_is_no_listed_certificate(said):
    v = run(D23, {"awards": [], "competition_results": [], "achievements": [said]})
    assert reason(v, "alt_certificate").ok is False and v.verdict != "eligible"


def test_a_leading_certificate_still_passes_and_takes_no_other_row():
    v = run(D26, {"awards": [], "competition_results": [], "achievements": ["持有全国首批华为HCIE认证"]})
    assert reason(v, "alt_certificate").ok is True and v.verdict == "eligible"


def test_a_vendors_certificate_not_said_to_lead_is_for_the_review():
    # 第四届(三) asks for a 领先水平 certificate: a company's own certification is like it, not it (merit17)
    v = run(D26, {"awards": [], "competition_results": [], "achievements": ["持有华为HCIE认证"]})
    assert reason(v, "alt_certificate").ok is None and v.verdict == "needs_review"


@pytest.mark.parametrize("said", ["单位发过特殊贡献津贴", "享受过区政府专项津贴"])
def test_an_allowance_of_another_kind_is_an_honour_not_a_deed(said):
    v = run(CT, {"awards": [], "competition_results": [], "achievements": [said], "trained_apprentices": "无"})
    assert reason(v, "alt_knack").ok is False and v.verdict == "not_eligible"
