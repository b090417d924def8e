"""Shared helpers for the eligibility tests: a base profile per program and a way to vary it."""

from __future__ import annotations

import copy
import datetime as dt

from assistant.eligibility import check

TODAY = dt.date(2026, 11, 21)

# A profile that is eligible for the program, with year counts as of the program's (last) reference date.
BASE: dict[str, dict] = {
    "hz_digital_craftsman_2026": {
        "facts_as_of": "2026-03-31", "birth_date": "1990-05", "nationality": "中国", "employer_type": "private",
        "union_member": True, "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical",
        "years_in_field": 8, "years_full_time_in_hangzhou": 3, "years_full_time_in_zhejiang": 3,
        "skill_level": "高级技师", "is_digital_economy": True, "prior_titles": [], "competition_results": [],
        "awards": [], "achievements": ["主导制定团体标准2项"],
    },
    "hz_digital_craftsman_2023": {
        "facts_as_of": "2023-03-31", "birth_date": "1988-05", "nationality": "中国", "employer_type": "private",
        "union_member": True, "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical",
        "years_in_field": 8, "years_full_time_in_hangzhou": 3, "is_digital_economy": True, "prior_titles": [],
        "competition_results": [], "awards": [], "achievements": ["主导制定团体标准2项"], "trained_apprentices": "无",
    },
    "hz_craftsman_2016": {
        "facts_as_of": "2016-09-30", "birth_date": "1970-05", "nationality": "中国", "union_member": True,
        "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical",
        "years_in_field": 20, "years_full_time_in_hangzhou": 15, "competition_results": [],
        "achievements": ["创造“张氏焊接操作法”"],
    },
    "hz_chief_technician_2021": {
        "facts_as_of": "2021-07-15", "birth_date": "1975-05", "employer_city": "杭州", "employment": "full_time",
        "role_type": "frontline_technical", "skill_level": "技师", "prior_titles": [], "competition_results": [],
        "awards": [{"level": "national", "kind": "全国技术能手", "year": 2019}], "achievements": [],
    },
    "zj_craftsman_2023": {
        "birth_date": "1980-01", "employment": "full_time", "rehired": False, "role_type": "frontline_technical",
        "years_in_field": 10, "years_full_time_in_zhejiang": 5, "skill_level": "高级技师",
        "achievements": ["推动车间智能制造改造"],
    },
}


def vary(program: str, **changes) -> dict:
    """The program's base profile with fields changed; a value of ``None`` removes the field."""
    profile = copy.deepcopy(BASE[program])
    for key, value in changes.items():
        if value is None:
            profile.pop(key, None)
        else:
            profile[key] = value
    return profile


def run(program: str, changes: dict, as_of: dt.date = TODAY):
    return check(vary(program, **changes), program, as_of)


def reason(verdict, rule: str):
    return next(r for r in verdict.reasons if r.rule == rule)


# Expected verdict of a profile that meets every condition the checker can decide, whose remaining alternative is
# an achievement matched to a condition that asks for merit ("作出突出贡献", "取得明显成效"): the notices leave that
# to the experts, so the verdict is needs_review and nothing else holds it (docs/verdict-policy.md).
MERIT = "merit"


def held_for_merit(v) -> bool:
    """The verdict waits only for the review of a matched achievement: needs_review, and every open reason is an
    alternative (or the exemption it would grant) with no fact missing."""
    open_ = [r for r in v.reasons if r.ok is None and r.kind != "info"]
    return v.verdict == "needs_review" and any(r.kind == "alternative" for r in open_) and all(
        r.kind in ("alternative", "exemption", "direct") and not r.missing for r in open_)


def assert_case(program: str, changes: dict, expected: str, rule: str | None, ok, as_of: dt.date = TODAY):
    v = run(program, changes, as_of)
    detail = [(r.rule, r.ok, r.kind, r.missing, r.message) for r in v.reasons]
    if expected == MERIT:
        assert held_for_merit(v), (v.verdict, detail)
    else:
        assert v.verdict == expected, detail
    if rule is not None:
        assert reason(v, rule).ok is ok, detail
    return v


def silent_rules(program: str) -> dict[str, set]:
    """The rules of facts the notice is silent on (eligibility/silent.toml): open when said, never met or failed."""
    from assistant.eligibility.api import get_program

    return {r.id: {True, False} for r in get_program(program).rules if r.id.startswith("silent_")}


def assert_covers(program: str, cases: list, never: dict[str, set] | None = None) -> None:
    """Every decisive rule of the program is seen both passing and failing somewhere in ``cases``.

    ``never`` names outcomes a rule cannot have (e.g. an exemption only the experts can grant is never True).
    """
    from assistant.eligibility import PROGRAMS

    seen: dict[str, set] = {}
    for _name, changes, *_ in cases:
        for r in run(program, changes).reasons:
            seen.setdefault(r.rule, set()).add(r.ok)
    never = never or {}
    for rule in PROGRAMS[program].rules:
        if rule.kind == "info":
            continue
        wanted = {True, False} - never.get(rule.id, set())
        assert wanted <= seen.get(rule.id, set()), f"{rule.id}: seen {seen.get(rule.id)}"
