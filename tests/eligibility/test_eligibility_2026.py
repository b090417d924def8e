"""第四届“杭州数字工匠”: every rule's pass and fail, exemptions, exclusions, direct recognition, boundaries."""

from __future__ import annotations

import datetime as dt

import pytest
from eligibility_support import MERIT, assert_case, assert_covers, held_for_merit, reason, run, silent_rules

P = "hz_digital_craftsman_2026"
PROV = {"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2024}
CITY = {"level": "municipal", "kind": "杭州市科学技术进步奖一等奖", "year": 2024}
DIGITAL = "浙江省数字经济行业职业技能竞赛"


def comp(**kw):
    return {"level": "provincial", "rank": 1, "year": 2025, "type": "individual", "field": DIGITAL, **kw}


NEVER: dict = {"conduct": {True, False},  # 遵纪守法: a matter raised is 通知未明确, never a no
         "alt_standards": {True}, "alt_innovation": {True}}  # merit: for the review, never a yes

CASES = [
    ("base", {}, MERIT, None, None),
    # every notice asks 遵纪守法 and none says which matters bar an applicant: one raised is 通知未明确
    ("a disciplinary matter raised", {"conduct": "前年受过一次警告处分"}, "needs_review", "conduct", None),
    # 原则上: 杭州市在职职工、工会会员 (soft)
    ("not union member", {"union_member": False}, "needs_review", "union_member", False),
    ("union unknown", {"union_member": None}, "needs_review", "union_member", None),
    ("employer outside Hangzhou", {"employer_city": "宁波"}, "needs_review", "hangzhou_employee", False),
    ("employer in a Hangzhou district", {"employer_city": "滨江区"}, MERIT, "hangzhou_employee", True),
    ("freelance is not 在职职工", {"employment": "freelance"}, "needs_review", "in_service", False),
    # out of work (待业, 辞职了): no employer and no work of one's own, as the extractor records it (extract.idle)
    ("out of work is not 在职职工", {"employment": None, "employer_type": "none"}, "needs_review", "in_service", False),
    ("retired: not in a technical post", {"employment": "retired"}, "not_eligible", "technical_post", False),
    # a rehired retiree whom the form calls full-time (as unit HR fill it): whether 返聘 is 在职 is for the review
    ("rehired, employment full_time", {"employment": "full_time", "rehired": True}, "needs_review", "in_service", None),
    # 数字经济 scope (hard)
    ("not digital economy", {"is_digital_economy": False}, "not_eligible", "digital_economy", False),
    ("digital economy unknown", {"is_digital_economy": None}, "needs_review", "digital_economy", None),
    # 一般在5年以上 (soft), inclusive
    ("exactly 5.0 years", {"years_in_field": 5.0}, MERIT, "years_field", True),
    ("4.9 years", {"years_in_field": 4.9}, "needs_review", "years_field", False),
    ("4.9 years, provincial sci-tech award waives", {"years_in_field": 4.9, "awards": [PROV]}, "eligible", "years_field", True),
    ("4.9 years, city award does not", {"years_in_field": 4.9, "awards": [CITY]}, "needs_review", "years_field", False),
    ("4.9 years, certificate waives", {"years_in_field": 4.9, "achievements": ["取得国际领先水平的数据安全资质证书"]},
     "eligible", "exempt_years", True),
    ("digital start 2021-03 gives 5 years from any day of the month", {"years_in_field": None,
                                                                       "digital_work_start": "2021-03"},
     MERIT, "years_field", True),
    ("digital start 2021-04: the day decides 5 years", {"years_in_field": None, "digital_work_start": "2021-04"},
     "needs_review", "years_field", None),
    ("digital start one month later", {"years_in_field": None, "digital_work_start": "2021-05"},
     "needs_review", "years_field", False),
    # 在杭全职工作1年以上 (hard), inclusive
    ("exactly 1.0 year in Hangzhou", {"years_full_time_in_hangzhou": 1.0}, MERIT, "years_hangzhou", True),
    ("0.9 years in Hangzhou", {"years_full_time_in_hangzhou": 0.9}, "not_eligible", "years_hangzhou", False),
    ("Hangzhou start 2025-03: 1 year on the reference date itself",
     {"years_full_time_in_hangzhou": None, "hangzhou_full_time_start": "2025-03"}, MERIT, "years_hangzhou", True),
    ("Hangzhou start 2025-04: 1 year only if it was 1 April",
     {"years_full_time_in_hangzhou": None, "hangzhou_full_time_start": "2025-04"}, "needs_review", "years_hangzhou", None),
    ("Hangzhou start 2025-05: one month short",
     {"years_full_time_in_hangzhou": None, "hangzhou_full_time_start": "2025-05"}, "not_eligible", "years_hangzhou", False),
    ("Hangzhou years unknown", {"years_full_time_in_hangzhou": None}, "needs_review", "years_hangzhou", None),
    # (三)’s reach over the Hangzhou years is arguable: with its facts unknown, the rule as written decides
    ("0.5 years in Hangzhou, awards and achievements unknown",
     {"years_full_time_in_hangzhou": 0.5, "awards": None, "achievements": None}, "not_eligible", "years_hangzhou", False),
    ("exemption (三) and short in Hangzhou: only open point is the waiver's reach",
     {"years_full_time_in_hangzhou": 0.5, "awards": [PROV]}, "needs_review", "years_hangzhou", None),
    # 目前仍在技术岗位 (hard)
    ("management post", {"role_type": "management"}, "not_eligible", "technical_post", False),
    ("role unknown", {"role_type": None}, "needs_review", "technical_post", None),
    # alternatives (一)(二)(三)
    ("no alternative", {"achievements": []}, "not_eligible", "alt_standards", False),
    # present but unmatched: merit is for the experts (docs/verdict-policy.md), never not_eligible on its own
    ("unrelated achievement", {"achievements": ["爱好跑步"]}, "needs_review", "alt_innovation", None),
    ("explicit absence", {"achievements": ["没有参与过标准制定，也没有技术革新成果"]}, "not_eligible", "alt_innovation",
     False),
    ("AI agent (new in 第四届)", {"achievements": ["打造AI智能体服务300家企业"]}, MERIT, "alt_innovation", None),
    ("provincial sci-tech award only", {"achievements": [], "awards": [PROV]}, "eligible", "alt_certificate", True),
    ("city sci-tech award only does not count", {"achievements": [], "awards": [CITY]}, "not_eligible",
     "alt_certificate", False),
    ("city award named in achievements does not count", {"achievements": ["获杭州市科学技术进步奖一等奖"]},
     "not_eligible", "alt_certificate", False),
    # the deed told beside a city award is the experts' to weigh; the award alone is judged by its level
    ("a deed beside a city award named in achievements", {"achievements": ["负责云资源调度项目的开发，项目获杭州市科学技术进步奖一等奖"]},
     "needs_review", "alt_innovation", None),
    ("achievements unknown", {"achievements": None}, "needs_review", "alt_standards", None),
    # exclusions
    ("已被认定为杭州工匠", {"prior_titles": ["杭州工匠"]}, "not_eligible", "no_prior_title", False),
    ("已被认定为浙江工匠", {"prior_titles": ["“浙江工匠”"]}, "not_eligible", "no_prior_title", False),
    ("第三届杭州数字工匠", {"prior_titles": ["第三届“杭州数字工匠”"]}, "not_eligible", "no_prior_title", False),
    ("提名奖 is not the title", {"prior_titles": ["杭州数字工匠提名奖"]}, MERIT, "no_prior_title", True),
    # another 工匠 title the notice does not name: silent, so needs_review (docs/verdict-policy.md)
    ("浙派工匠 is another title", {"prior_titles": ["浙江省新时代突出贡献浙派工匠"]}, "needs_review", "no_prior_title",
     None),
    ("an unrelated honour is no exclusion", {"prior_titles": ["优秀共产党员"]}, MERIT, "no_prior_title", True),
    ("titles unknown", {"prior_titles": None}, "needs_review", "no_prior_title", None),
    ("参公 (soft exclusion)", {"employment": "civil_servant"}, "needs_review", "not_official", False),
    ("机关 (soft exclusion)", {"employer_type": "government_agency"}, "needs_review", "not_official", False),
    ("国企领导 (soft exclusion)", {"employer_type": "soe", "employment": "soe_leader"}, "needs_review", "not_official", False),
    ("国企 employee", {"employer_type": "soe"}, MERIT, "not_official", True),
    ("国企, employment unknown", {"employer_type": "soe", "employment": None}, "needs_review", "not_official", None),
    ("employer type unknown, plain employee", {"employer_type": None}, MERIT, "not_official", True),
    # direct recognition (一): individual first place since 2025 in a digital-economy competition
    ("direct recognition", {"competition_results": [comp()]}, "direct_recognition", "direct", True),
    ("direct: alternatives not needed", {"competition_results": [comp()], "achievements": []}, "direct_recognition",
     "direct", True),
    ("direct: municipal", {"competition_results": [comp(level="municipal", field="杭州市数字经济行业职业技能竞赛")]},
     "direct_recognition", "direct", True),
    ("first place in 2024", {"competition_results": [comp(year=2024)], "achievements": []}, "not_eligible", "direct", False),
    ("team first place", {"competition_results": [comp(type="team")], "achievements": []}, "not_eligible", "direct", False),
    ("second place", {"competition_results": [comp(rank=2)], "achievements": []}, "not_eligible", "direct", False),
    ("world first place is not listed", {"competition_results": [comp(level="world")], "achievements": []},
     "not_eligible", "direct", False),
    ("unclear competition field", {"competition_results": [comp(field="全国人工智能训练师大赛")], "achievements": []},
     "needs_review", "direct", None),
    # the direct path unclear and the standards for the review: both open
    ("unclear field, alternatives for the review", {"competition_results": [comp(field="全国人工智能训练师大赛")]},
     "needs_review", "direct", None),
    ("direct but a hard exclusion", {"competition_results": [comp()], "prior_titles": ["杭州工匠"]}, "not_eligible",
     "no_prior_title", False),
    ("direct but a hard failure", {"competition_results": [comp()], "role_type": "management"}, "not_eligible",
     "technical_post", False),
    ("direct but a soft shortfall", {"competition_results": [comp()], "union_member": False}, "needs_review",
     "direct", True),
    # contradictory facts
    ("years in field exceed age minus 16", {"birth_date": "2000-01", "years_in_field": 15}, "needs_review",
     "years_field", None),
]


@pytest.mark.parametrize(("name", "changes", "expected", "rule", "ok"), CASES, ids=[c[0] for c in CASES])
def test_rules(name, changes, expected, rule, ok):
    assert_case(P, changes, expected, rule, ok)


def test_year_counts_refer_to_facts_as_of_and_shift_to_the_reference_date():
    # 1.5 years as of today (2026-11-21) is only ~0.9 on 2026-03-31, the date the notice fixes.
    v = run(P, {"facts_as_of": None, "years_in_field": 9, "years_full_time_in_hangzhou": 1.5})
    assert v.verdict == "not_eligible" and "0.9" in reason(v, "years_hangzhou").message
    assert v.reference_dates == (dt.date(2026, 3, 31),)


def test_contradiction_is_named():
    v = run(P, {"birth_date": "2000-01", "years_in_field": 15})
    assert v.contradictions and "年龄减16" in v.contradictions[0]


@pytest.mark.parametrize(("birth", "youth"), [("1985-04", True), ("1985-03", False), ("1986-03", True)])
def test_youth_note_boundary(birth, youth):
    # 40周岁以下 includes 40: born 1985-04 is 40 on 2026-03-31; born 1985-03 has turned 41.
    v = run(P, {"birth_date": birth})
    note = next(n for n in v.notes if n.rule == "quota_youth")
    assert ("属于40周岁以下" in note.message) is youth


def test_round_status_is_said_but_does_not_change_the_verdict():
    v = run(P, {})
    assert held_for_merit(v) and v.round_status["status"] == "closed"
    assert any("2026年4月10日" in n.message for n in v.notes) and "已于2026年4月10日截止" in v.summary


def test_missing_fields_become_questions():
    v = run(P, {"union_member": None, "prior_titles": None})
    assert set(v.missing) == {"union_member", "prior_titles"} and len(v.questions) == 2
    assert "工会会员" in v.questions[0]


def test_empty_profile_needs_review_and_never_guesses():
    from assistant.eligibility import check

    v = check({}, P, dt.date(2026, 3, 20))
    assert v.verdict == "needs_review" and "years_full_time_in_hangzhou" in v.missing


def test_table_covers_every_rule_passing_and_failing():
    assert_covers(P, CASES, {**NEVER, **silent_rules(P)})


def test_a_start_month_before_sixteen_is_named_in_chinese():
    v = run(P, {"birth_date": "2000-01", "years_in_field": None, "digital_work_start": "2010-01"})
    assert v.verdict == "needs_review"
    assert any(c.startswith("开始从事数字经济工作的年月 2010-01 早于16周岁") for c in v.contradictions), v.contradictions
