"""首届“杭州数字工匠” (附件1 实施方案): every rule, both ends of the window, exemption and exclusions."""

from __future__ import annotations

import datetime as dt

import pytest
from eligibility_support import MERIT, assert_case, assert_covers, reason, run, silent_rules

P = "hz_digital_craftsman_2023"
CITY = {"level": "municipal", "kind": "杭州市科学技术进步奖三等奖", "year": 2021}

NEVER: dict = {"conduct": {True, False},  # 遵纪守法: a matter raised is 通知未明确, never a no
         "alt_standards": {True}, "alt_innovation": {True}}  # merit: for the review, never a yes

CASES = [
    ("base", {}, MERIT, None, None),
    # every notice asks 遵纪守法 and none says which matters bar an applicant: one raised is 通知未明确
    ("a disciplinary matter raised", {"conduct": "前年受过一次警告处分"}, "needs_review", "conduct", None),
    ("not union member (原则上)", {"union_member": False}, "needs_review", "union_member", False),
    ("employer outside Hangzhou (原则上)", {"employer_city": "上海"}, "needs_review", "hangzhou_employee", False),
    ("freelance is not 在职职工 (原则上)", {"employment": "freelance"}, "needs_review", "in_service", False),
    ("retired (原则上在职)", {"employment": "retired", "rehired": True}, "needs_review", "in_service", None),
    ("not digital economy", {"is_digital_economy": False}, "not_eligible", "digital_economy", False),
    ("4.9 years in field (一般)", {"years_in_field": 4.9}, "needs_review", "years_field", False),
    ("4.9 years, city sci-tech award waives years", {"years_in_field": 4.9, "awards": [CITY]}, "eligible",
     "years_field", True),
    ("4.9 years, 国家级等级资质证书 waives years", {"years_in_field": 4.9, "achievements": ["取得国家级等级资质证书"]},
     "eligible", "exempt_years", True),
    # 在杭全职工作2年以上 (hard) on both ends (2022-12-20 and 2023-03-31)
    ("2.3 years: 2 years at both ends", {"years_full_time_in_hangzhou": 2.3}, MERIT, "years_hangzhou", True),
    ("exactly 2.0 at the deadline, short at the window start", {"years_full_time_in_hangzhou": 2.0}, "needs_review",
     "years_hangzhou", None),
    ("start 2020-11: 2 years at the window start from any day of the month",
     {"years_full_time_in_hangzhou": None, "hangzhou_full_time_start": "2020-11"}, MERIT, "years_hangzhou", True),
    ("start 2020-12: the day in December decides the window start",
     {"years_full_time_in_hangzhou": None, "hangzhou_full_time_start": "2020-12"}, "needs_review", "years_hangzhou", None),
    ("1.5 years", {"years_full_time_in_hangzhou": 1.5}, "not_eligible", "years_hangzhou", False),
    ("technical post", {"role_type": "administrative"}, "not_eligible", "technical_post", False),
    # alternatives (一)-(四)
    ("no alternative", {"achievements": [], "trained_apprentices": "无"}, "not_eligible", "alt_training", False),
    ("(二) innovation", {"achievements": ["攻克数据中台关键技术难关"]}, MERIT, "alt_innovation", None),
    ("(三) city-level sci-tech award counts here", {"achievements": [], "awards": [CITY]}, "eligible",
     "alt_certificate", True),
    # the notice lists government awards by level; a society's own award is neither named nor excluded
    ("(三) a society's national award is for the review",
     {"achievements": [], "awards": [{"level": "national", "kind": "中国电子学会科学技术奖二等奖", "year": 2021}]},
     "needs_review", "alt_certificate", None),
    ("(四) training contestants", {"achievements": [], "trained_apprentices": "培养选手在省级职业技能竞赛中获得第二名"},
     "eligible", "alt_training", True),
    ("(四) a trainee's placing told in words the matcher does not know",
     {"achievements": [], "trained_apprentices": "2022年全国网络与信息安全管理员职业技能竞赛，学员拿了个人第二名"},
     "eligible", "alt_training", True),
    ("(四) training without a placing: 较大贡献 is for the review",
     {"achievements": [], "trained_apprentices": "带徒10人，毫无保留地传授技艺"}, MERIT, "alt_training", None),
    # the training told is only the coached player, whose placing the clause's second half measures: the words
    # support no other candidate (round 10, docs/verdict-policy.md), so it is a no
    ("(四) a trainee placed outside the top five", {"achievements": [], "trained_apprentices": "培养选手在省级职业技能竞赛中获得第八名"},
     "not_eligible", "alt_training", False),
    ("(四) unknown when apprentices and achievements are unknown",
     {"achievements": None, "trained_apprentices": None, "awards": []}, "needs_review", "alt_training", None),
    # exclusions: only 浙江工匠 and 杭州工匠 are named in 首届
    ("已获评浙江工匠", {"prior_titles": ["浙江工匠"]}, "not_eligible", "no_prior_title", False),
    ("已获评杭州工匠", {"prior_titles": ["2019年度杭州工匠"]}, "not_eligible", "no_prior_title", False),
    # 首届 first gave 杭州数字工匠: held, it was won in this edition or after, so it is no title held before it
    # (blind batch ak: "我二三年首届就评上杭州数字工匠了" checked for 首届 was left to review as "silent")
    ("杭州数字工匠 is 首届's own title", {"prior_titles": ["杭州数字工匠"]}, MERIT, "no_prior_title", True),
    ("its own title beside another held", {"prior_titles": ["杭州数字工匠", "杭州市首席技师"]}, "needs_review",
     "no_prior_title", None),
    ("党政群机关 (soft)", {"employer_type": "government_agency"}, "needs_review", "not_official", False),
    ("事业单位领导 (soft)", {"employer_type": "public_institution", "employment": "public_institution_cadre"},
     "needs_review", "not_official", False),
]


@pytest.mark.parametrize(("name", "changes", "expected", "rule", "ok"), CASES, ids=[c[0] for c in CASES])
def test_rules(name, changes, expected, rule, ok):
    assert_case(P, changes, expected, rule, ok)


def test_both_ends_of_the_window_are_evaluated():
    v = run(P, {"years_full_time_in_hangzhou": 2.0})
    assert v.reference_dates == (dt.date(2022, 12, 20), dt.date(2023, 3, 31))
    message = reason(v, "years_hangzhou").message
    assert "2022-12-20" in message and "2023-03-31" in message and "结论不同" in message


def test_reasons_cite_the_implementation_plan():
    v = run(P, {})
    assert all(r.clause_id.startswith(P + "#附件1/") for r in v.reasons)
    assert any(n.clause_id == P + "#二" for n in v.notes)  # the 函 says the same


def test_nominee_note_from_attachment():
    v = run(P, {})
    assert any(n.clause_id == P + "#附件1/一" and "提名奖" in n.message for n in v.notes)


def test_table_covers_every_rule_passing_and_failing():
    assert_covers(P, CASES, {**NEVER, **silent_rules(P)})
