"""条件(三) of the digital-craftsman notices asks that the applicant 获得过 a science award: one told as the company's
or the team's, the applicant's part as a completer not said, is the review's (review23), not a clear yes."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility import check

AS_OF = dt.date(2026, 11, 21)
DIGITAL = {"facts_as_of": "2026-03-31", "nationality": "中国", "employer_type": "private", "rehired": False,
           "union_member": True, "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical",
           "birth_date": "1988-05", "occupation": "后端开发工程师", "is_digital_economy": True, "years_in_field": 9,
           "years_full_time_in_hangzhou": 7, "skill_level": "none", "prior_titles": [], "competition_results": [],
           "awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2024}]}


def _alt(told: str, program: str = "hz_digital_craftsman_2026") -> tuple[str, dict]:
    profile = {**DIGITAL, "achievements": [told]}
    if program.endswith("2023"):
        profile = {**profile, "facts_as_of": "2022-12-20",
                   "awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2020}]}
    v = check(profile, program, as_of=AS_OF).to_json()
    (row,) = [r for r in v["reasons"] if r["rule"] == "alt_certificate"]
    return v["verdict"], row


@pytest.mark.parametrize("program", ["hz_digital_craftsman_2026", "hz_digital_craftsman_2023"])
def test_the_companys_award_is_left_to_the_review(program):
    verdict, row = _alt("我们公司拿了浙江省科学技术进步奖二等奖，我一直在平台组写代码", program)
    assert verdict == "needs_review"
    assert row["ok"] is None and "完成人" in row["message"] and "由评审认定" in row["message"]


@pytest.mark.parametrize("program", ["hz_digital_craftsman_2026", "hz_digital_craftsman_2023"])
def test_the_applicant_as_a_completer_meets_it(program):
    verdict, row = _alt("浙江省科学技术进步奖二等奖，我是第三完成人", program)
    assert verdict == "eligible" and row["ok"] is True


def test_a_lower_award_of_the_team_still_falls_short():
    """The unit's reading only opens what met the condition: a city award for 第四届 (省级) stays short."""
    profile = {**DIGITAL, "awards": [{"level": "municipal", "kind": "杭州市科学技术进步奖一等奖", "year": 2024}],
               "achievements": ["团队拿了杭州市科学技术进步奖一等奖"]}
    v = check(profile, "hz_digital_craftsman_2026", as_of=AS_OF).to_json()
    assert [r["ok"] for r in v["reasons"] if r["rule"] == "alt_certificate"] == [False]
