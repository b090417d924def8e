"""突出贡献浙派工匠: retirement exclusion, first line, 原则上5年, level, 在浙1年, in post, alternatives 1-5."""

from __future__ import annotations

import datetime as dt

import pytest
from eligibility_support import MERIT, assert_case, assert_covers, held_for_merit, run

P = "zj_craftsman_2023"

# silence is never a no; every alternative asks for merit, so a matched achievement is never a yes on its own
NEVER: dict = {"conduct": {True, False},  # 遵纪守法: a matter raised is 通知未明确, never a no
         "titles_silent": {False}, **{f"alt_{k}": {True} for k in ("training", "innovation", "method", "transfer",
                                                                          "digital")}}

CASES = [
    ("base", {}, MERIT, None, None),
    # every notice asks 遵纪守法 and none says which matters bar an applicant: one raised is 通知未明确
    ("a disciplinary matter raised", {"conduct": "前年受过一次警告处分"}, "needs_review", "conduct", None),
    # the notice says nothing about titles already held: a related title is 通知未明确 (docs/verdict-policy.md)
    ("a title the notice does not mention", {"prior_titles": ["浙江工匠"]}, "needs_review", "titles_silent", None),
    ("an unrelated honour", {"prior_titles": ["优秀共产党员"]}, MERIT, "titles_silent", True),
    ("retired", {"employment": "retired"}, "not_eligible", "not_retired", False),
    ("rehired after retirement", {"rehired": True}, "not_eligible", "not_retired", False),
    ("rehired not said, in service", {"rehired": None, "birth_date": "1970-01"}, MERIT, "not_retired", True),
    ("employment unknown, not rehired", {"employment": None}, "needs_review", "in_post", None),
    ("employment and rehired unknown", {"employment": None, "rehired": None}, "needs_review", "not_retired", None),
    ("not first line", {"role_type": "management"}, "not_eligible", "frontline", False),
    ("exactly 5.0 years (原则上)", {"years_in_field": 5.0}, MERIT, "years_field", True),
    ("4.9 years (原则上)", {"years_in_field": 4.9}, "needs_review", "years_field", False),
    ("技师 that is the highest level", {"skill_level": "技师", "is_highest_level_of_occupation": True}, MERIT,
     "skill_level", True),
    ("技师, highest unknown", {"skill_level": "技师"}, "needs_review", "skill_level", None),
    ("技师, not the highest", {"skill_level": "技师", "is_highest_level_of_occupation": False}, "not_eligible",
     "skill_level", False),
    ("特级技师", {"skill_level": "特级技师"}, MERIT, "skill_level", True),
    ("no level", {"skill_level": "none"}, "not_eligible", "skill_level", False),
    ("exactly 1.0 year in Zhejiang", {"years_full_time_in_zhejiang": 1.0}, MERIT, "years_zhejiang", True),
    ("0.9 years in Zhejiang", {"years_full_time_in_zhejiang": 0.9}, "not_eligible", "years_zhejiang", False),
    ("Hangzhou years count as Zhejiang", {"years_full_time_in_zhejiang": None, "years_full_time_in_hangzhou": 2},
     MERIT, "years_zhejiang", True),
    ("freelancer: in post is for the recommending body", {"employment": "freelance"}, "needs_review", "in_post", None),
    # out of work (待业, 辞职了): no employer and no work of one's own, as the extractor records it (extract.idle)
    ("out of work is not in post", {"employment": None, "employer_type": "none"}, "not_eligible", "in_post", False),
    ("a freelancer with no employer is no one out of work", {"employment": "freelance", "employer_type": "none"},
     "needs_review", "in_post", None),
    ("no alternative", {"achievements": []}, "not_eligible", "alt_digital", False),
    ("1 apprentices", {"achievements": [], "trained_apprentices": "带徒10人"}, MERIT, "alt_training", None),
    ("2 technical innovation", {"achievements": ["主持技术改造项目"]}, MERIT, "alt_innovation", None),
    ("3 operating method", {"achievements": ["总结“李氏数控操作法”"]}, MERIT, "alt_method", None),
    ("4 transfer", {"achievements": ["推动科技成果转化为生产力"]}, MERIT, "alt_transfer", None),
]


@pytest.mark.parametrize(("name", "changes", "expected", "rule", "ok"), CASES, ids=[c[0] for c in CASES])
def test_rules(name, changes, expected, rule, ok):
    assert_case(P, changes, expected, rule, ok)


def test_reference_date_is_the_check_date():
    assert run(P, {}, dt.date(2027, 2, 1)).reference_dates == (dt.date(2027, 2, 1),)


def test_waiting_helps_a_standing_programme():
    # 0.9 years on 2026-11-21 becomes 1.0 about a month later (facts_as_of pins the date the count refers to).
    changes = {"years_full_time_in_zhejiang": 0.9, "facts_as_of": "2026-11-21"}
    assert run(P, changes).verdict == "not_eligible"
    assert held_for_merit(run(P, changes, dt.date(2027, 1, 1)))


def test_units_clause_is_said_to_be_for_units():
    assert any(n.clause_id == P + "#三/(二)" for n in run(P, {}).notes)


def test_table_covers_every_rule_passing_and_failing():
    assert_covers(P, CASES, NEVER)


def test_a_missing_year_count_is_named_as_years():
    v = run(P, {"years_full_time_in_zhejiang": None, "years_in_field": None})
    messages = {r.rule: r.message for r in v.reasons}
    assert messages["years_zhejiang"] == "未提供在浙全职工作的年限。"
    assert messages["years_field"] == "未提供从事本职业（工种）的年限。"
