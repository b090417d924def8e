"""The same person under the two editions of 杭州数字工匠 gets the verdicts their differences imply."""

from __future__ import annotations

import datetime as dt

from assistant.eligibility import check

NEW, OLD = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023"
NEW_DAY, OLD_DAY = dt.date(2026, 3, 31), dt.date(2023, 3, 31)


def person(**changes):
    base = {
        "birth_date": "1985-05", "employer_type": "private", "union_member": True, "employer_city": "杭州",
        "employment": "full_time", "role_type": "frontline_technical", "years_in_field": 10,
        "years_full_time_in_hangzhou": 3, "is_digital_economy": True, "prior_titles": [], "competition_results": [],
        "awards": [], "achievements": ["主导制定团体标准2项"], "trained_apprentices": "无",
    }
    base.update(changes)
    return base


def both(**changes):
    """Each edition checked on its own reference date, the year counts given as of that date."""
    p = person(**changes)
    return check(p, NEW, NEW_DAY).verdict, check(p, OLD, OLD_DAY).verdict


def test_one_and_a_half_years_in_hangzhou():
    # 第四届 asks 1 year in Hangzhou, 首届 asked 2.
    # (the achievement, a standard, waits for the review in both: 1.5 years holds 第四届 to that, fails 首届)
    assert both(years_full_time_in_hangzhou=1.5) == ("needs_review", "not_eligible")


def test_city_level_award_exempts_years_only_in_the_first_edition():
    changes = {"years_in_field": 3, "awards": [{"level": "municipal", "kind": "杭州市科学技术进步奖二等奖", "year": 2021}]}
    new, old = both(**changes)
    assert old == "eligible"
    assert new == "needs_review"  # 一般5年 not met and not waived by a city-level award; (一) still holds


def test_training_contestants_counts_only_in_the_first_edition():
    changes = {"achievements": [], "trained_apprentices": "培养选手在全国职业技能竞赛中获得第三名"}
    assert both(**changes) == ("not_eligible", "eligible")


def test_ai_agent_counts_only_in_the_fourth_edition():
    # 第四届 names AI agents (二), 首届 does not: either way the achievement is present and its merit is for the
    # experts (not a no); only 第四届 reads it as its condition (二)
    assert both(achievements=["打造AI智能体"]) == ("needs_review", "needs_review")
    new = check(person(achievements=["打造AI智能体"]), NEW, NEW_DAY)
    assert "对应" in next(r.message for r in new.reasons if r.rule == "alt_innovation")


def test_hangzhou_digital_craftsman_title_excludes_only_in_the_fourth_edition():
    # 首届 does not name 杭州数字工匠: silent there, so needs_review (docs/verdict-policy.md)
    assert both(prior_titles=["杭州数字工匠"]) == ("not_eligible", "needs_review")


def test_direct_recognition_exists_only_in_the_fourth_edition():
    result = {"level": "municipal", "rank": 1, "year": 2025, "type": "individual", "field": "杭州市数字经济行业职业技能竞赛"}
    new = check(person(competition_results=[result]), NEW, NEW_DAY)
    assert new.verdict == "direct_recognition"
    assert "direct_recognition" not in {check(person(competition_results=[result]), OLD, d).verdict
                                        for d in (OLD_DAY, NEW_DAY)}
