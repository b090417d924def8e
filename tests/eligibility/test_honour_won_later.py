"""An award won after a round's reference date does not count for that round, and the reason says so, naming it:
"材料未提到…也没有…奖项" for someone who just said they have one reads as if it was not heard."""

from __future__ import annotations

from eligibility_support import run

AWARD = {"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2024}


def test_a_science_award_after_the_2023_round_is_named_as_too_late():
    v = run("hz_digital_craftsman_2023", {"awards": [AWARD], "achievements": [], "competition_results": []})
    cert = next(r for r in v.reasons if r.rule == "alt_certificate")
    assert cert.ok is False
    assert "2024年" in cert.message and "之后获得，不计入" in cert.message and "也没有市级" in cert.message


def test_the_same_award_counts_for_the_fourth_edition():
    v = run("hz_digital_craftsman_2026", {"awards": [AWARD], "achievements": [], "competition_results": []})
    assert next(r for r in v.reasons if r.rule == "alt_certificate").ok is True


def test_a_listed_honour_after_the_2021_round_is_named_as_too_late():
    v = run("hz_chief_technician_2021", {"awards": [{"level": "national", "kind": "全国技术能手", "year": 2023}],
                                         "achievements": [], "competition_results": []})
    honours = [r for r in v.reasons if "全国技术能手" in r.message]
    assert honours and all(r.ok is not True and "之后获得，不计入" in r.message for r in honours), \
        [(r.rule, r.ok, r.message) for r in v.reasons]


def test_an_award_told_only_in_an_achievement_carries_its_year_in_words():
    # batch aa dev dlg-aa117: "二五年我们这个能耗管控项目拿了浙江省科学技术进步奖三等奖" counted for 首届 (2023)
    told = {"awards": [], "achievements": ["二五年我们这个能耗管控项目拿了浙江省科学技术进步奖三等奖"], "competition_results": []}
    cert = next(r for r in run("hz_digital_craftsman_2023", told).reasons if r.rule == "alt_certificate")
    assert cert.ok is False and "2025年" in cert.message and "不计入" in cert.message
    assert next(r for r in run("hz_digital_craftsman_2026", told).reasons if r.rule == "alt_certificate").ok is True
