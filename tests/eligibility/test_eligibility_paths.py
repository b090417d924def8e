"""The nearest path and the ranking of ``check_all``."""

from __future__ import annotations

import datetime as dt

from eligibility_support import BASE, run, vary

from assistant.eligibility import check_all


def kinds(v):
    return [s["kind"] for s in v.nearest_path]


def test_eligible_has_no_path():
    v = run("hz_chief_technician_2021", {})
    assert v.verdict == "eligible" and v.nearest_path == () and v.path_verdict is None


def test_an_achievement_for_the_review_is_a_review_step_not_a_choice():
    v = run("hz_digital_craftsman_2026", {})
    assert kinds(v) == ["review"] and "由专家评审认定" in v.nearest_path[0]["message"]
    assert v.path_verdict == "needs_review"


def test_waiting_does_not_help_a_fixed_past_reference_date():
    v = run("hz_digital_craftsman_2026", {"years_full_time_in_hangzhou": 0.5})
    step = next(s for s in v.nearest_path if s["rule"] == "years_hangzhou")
    assert step["kind"] == "wait" and step["helps_this_round"] is False
    assert step["when"] == "2026-09-30" and "2026年9月" in step["message"] and "等待对本轮无效" in step["message"]
    assert v.path_verdict == "not_eligible"


def test_waiting_from_a_start_month():
    v = run("hz_digital_craftsman_2026", {"years_full_time_in_hangzhou": None, "hangzhou_full_time_start": "2025-08"})
    step = next(s for s in v.nearest_path if s["rule"] == "years_hangzhou")
    assert step["when"] == "2026-07-31"


def test_waiting_helps_a_standing_programme():
    v = run("zj_craftsman_2023", {"years_full_time_in_zhejiang": 0.5})
    step = next(s for s in v.nearest_path if s["rule"] == "years_zhejiang")
    assert step["helps_this_round"] is True and step["when"] == "2027-05-21"
    assert v.path_verdict == "needs_review"  # then only the review of the achievement is left


def test_a_certificate_is_the_change():
    v = run("hz_chief_technician_2021", {"skill_level": "高级工"})
    step = next(s for s in v.nearest_path if s["rule"] == "skill_level")
    assert step["kind"] == "change" and "取得技师" in step["change"]
    assert v.path_verdict == "eligible"


def test_a_title_already_held_is_blocked():
    v = run("hz_digital_craftsman_2026", {"prior_titles": ["杭州工匠"]})
    assert "blocked" in kinds(v) and v.path_verdict == "not_eligible"


def test_alternatives_become_one_choice():
    v = run("hz_craftsman_2016", {"achievements": []})
    choose = [s for s in v.nearest_path if s["kind"] == "choose"]
    assert len(choose) == 1 and len(choose[0]["options"]) == 5 and v.path_verdict == "eligible"


def test_missing_facts_are_provided_first():
    v = run("hz_digital_craftsman_2026", {"union_member": None})
    assert kinds(v)[0] == "provide" and v.nearest_path[0]["fields"] == ["union_member"]


def test_check_all_ranks_every_program_once():
    verdicts = check_all(BASE["hz_chief_technician_2021"], dt.date(2026, 11, 21))
    assert [v.program for v in verdicts] == ["hz_digital_craftsman_2026", "hz_digital_craftsman_2023",
                                             "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"]
    assert sorted(v.fit_rank for v in verdicts) == [1, 2, 3, 4, 5]
    assert sum(v.best_fit for v in verdicts) == 1
    best = next(v for v in verdicts if v.best_fit)
    assert best.program == "hz_chief_technician_2021" and best.verdict == "eligible"
    doc = best.to_json()
    assert doc["fit_rank"] == 1 and doc["best_fit"] is True


def test_ranking_prefers_better_verdicts():
    verdicts = check_all(vary("zj_craftsman_2023"), dt.date(2026, 11, 21))
    ordered = sorted(verdicts, key=lambda v: v.fit_rank)
    ranks = {"eligible": 0, "direct_recognition": 0, "needs_review": 1, "not_eligible": 2}
    assert [ranks[v.verdict] for v in ordered] == sorted(ranks[v.verdict] for v in ordered)
