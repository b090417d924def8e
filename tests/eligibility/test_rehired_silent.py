"""A retiree taken back on (退休返聘) where the notice asks only for work at the line (review23, the lead's decision):
首席技师 2021 and 首届杭州工匠 say nothing of retirement (通知未明确, with whom to ask); the two 数字工匠 editions' soft
"原则上应为…在职职工" leaves it to the review; 浙派's "退休人员不作为推荐对象" excludes it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility import check

AS_OF = dt.date(2026, 11, 21)
CHIEF = {"facts_as_of": "2021-07-15", "nationality": "中国", "employer_type": "private", "union_member": True,
         "employer_city": "杭州", "role_type": "frontline_technical", "birth_date": "1961-03", "occupation": "数控车工",
         "skill_level": "高级技师", "prior_titles": [], "awards": [], "achievements": ["还在车床上干"],
         "competition_results": [{"level": "provincial", "tier": "一类", "rank": 2, "year": 2019,
                                  "type": "individual", "field": "浙江省数控车工职业技能竞赛"}]}
CRAFT = {"facts_as_of": "2016-09-30", "nationality": "中国", "employer_type": "private", "union_member": True,
         "employer_city": "杭州", "role_type": "frontline_technical", "birth_date": "1958-03", "occupation": "模具钳工",
         "skill_level": "技师", "years_in_field": 35, "years_full_time_in_hangzhou": 35, "prior_titles": [],
         "awards": [], "achievements": ["还在模具车间"],
         "competition_results": [{"level": "municipal", "rank": 1, "year": 2013, "type": "individual",
                                  "field": "杭州市职业技能大赛模具工"}]}
DIGITAL = {"facts_as_of": "2026-03-31", "nationality": "中国", "employer_type": "private", "union_member": True,
           "employer_city": "杭州", "role_type": "frontline_technical", "birth_date": "1963-05",
           "occupation": "后端开发工程师", "is_digital_economy": True, "years_in_field": 9,
           "years_full_time_in_hangzhou": 7, "skill_level": "none", "prior_titles": [], "competition_results": [],
           "awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2024}],
           "achievements": ["二四年省科学技术进步奖二等奖，我是主要完成人"]}
RETIRED = {"employment": "retired", "rehired": True}
IN_SERVICE = {"employment": "full_time", "rehired": False}


def _check(base: dict, program: str, **fields) -> dict:
    return check({**base, **fields}, program, as_of=AS_OF).to_json()


@pytest.mark.parametrize(("base", "program"), [(CHIEF, "hz_chief_technician_2021"), (CRAFT, "hz_craftsman_2016")])
@pytest.mark.parametrize("status", [RETIRED, {"employment": "full_time", "rehired": True}])  # HR fill 全职 for 返聘
def test_a_rehired_retiree_is_a_silence_of_the_line_only_notices(base, program, status):
    v = _check(base, program, **status)
    assert v["verdict"] == "needs_review"
    (row,) = [r for r in v["reasons"] if r["rule"] == "silent_rehired"]
    assert row["ok"] is None and "通知未明确" in row["message"] and "返聘" in row["message"]
    assert "（" in row["message"].split("咨询确认")[-1]  # whom to ask follows
    assert not v["missing"]


@pytest.mark.parametrize(("base", "program"), [(CHIEF, "hz_chief_technician_2021"), (CRAFT, "hz_craftsman_2016")])
def test_the_same_person_in_service_stays_eligible(base, program):
    v = _check(base, program, **IN_SERVICE)
    assert v["verdict"] == "eligible"
    assert all(r["rule"] != "silent_rehired" for r in v["reasons"])


def test_retired_after_the_round_was_in_service_then():
    """"二三年退休后返聘" asked of the 2021 round: then not yet retired, the notice's plain case."""
    assert _check(CHIEF, "hz_chief_technician_2021", retired_on="2023", **RETIRED)["verdict"] == "eligible"
    assert _check(CHIEF, "hz_chief_technician_2021", retired_on="2020", **RETIRED)["verdict"] == "needs_review"


@pytest.mark.parametrize("program", ["hz_digital_craftsman_2026", "hz_digital_craftsman_2023"])
def test_the_digital_editions_leave_it_to_the_soft_in_service_row(program):
    base = {**DIGITAL, "facts_as_of": "2022-12-20"} if program.endswith("2023") else DIGITAL
    if program.endswith("2023"):
        base = {**base, "awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2020}],
                "achievements": ["二〇年省科学技术进步奖二等奖，我是主要完成人"]}
    assert _check(base, program, **IN_SERVICE)["verdict"] == "eligible"
    v = _check(base, program, **RETIRED)
    assert v["verdict"] == "needs_review"
    assert [r["ok"] for r in v["reasons"] if r["rule"] == "in_service"] == [None]


def test_zhejiang_excludes_a_rehired_retiree():
    profile = {**CHIEF, **RETIRED, "facts_as_of": None, "years_in_field": 30, "years_full_time_in_zhejiang": 30,
               "achievements": ["带过十几个徒弟"]}
    v = check(profile, "zj_craftsman_2023", as_of=AS_OF).to_json()
    assert v["verdict"] == "not_eligible"
