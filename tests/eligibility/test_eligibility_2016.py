"""首届“杭州工匠”: basic requirements, age with its exemption, 10 years, alternatives 1-5 and competition edges."""

from __future__ import annotations

import pytest
from eligibility_support import MERIT, assert_case, assert_covers, reason, run, silent_rules

P = "hz_craftsman_2016"


def comp(**kw):
    return {"level": "national", "rank": 2, "year": 2015, "type": "individual", "field": "全国焊工技能大赛", **kw}


# Over 60 is never a plain failure: only the experts can grant (or refuse) the age exemption.
NEVER = {"conduct": {True, False},  # 遵纪守法: a matter raised is 通知未明确, never a no
         "exempt_age": {True, False}, "age": {False}, "titles_silent": {False},  # silence is never a no
         "alt_knack": {True}, "alt_craft": {True}, "alt_innovation": {True}}  # merit: for the review, never a yes

CASES = [
    ("base", {}, MERIT, None, None),
    # every notice asks 遵纪守法 and none says which matters bar an applicant: one raised is 通知未明确
    ("a disciplinary matter raised", {"conduct": "前年受过一次警告处分"}, "needs_review", "conduct", None),
    # the notice says nothing about titles already held: a related title is 通知未明确 (docs/verdict-policy.md)
    ("a title the notice does not mention", {"prior_titles": ["浙江工匠"]}, "needs_review", "titles_silent", None),
    ("an unrelated honour", {"prior_titles": ["优秀共产党员"]}, MERIT, "titles_silent", True),
    ("not Chinese", {"nationality": "美国"}, "not_eligible", "nationality", False),
    ("CN code", {"nationality": "CN"}, MERIT, "nationality", True),
    ("nationality unknown", {"nationality": None}, "needs_review", "nationality", None),
    ("not union member (必须)", {"union_member": False}, "not_eligible", "union_member", False),
    ("employer outside Hangzhou", {"employer_city": "宁波"}, "not_eligible", "hangzhou_employer", False),
    # The checker and the extractor read one table of Hangzhou districts and areas.
    ("employer in 未来科技城", {"employer_city": "未来科技城"}, MERIT, "hangzhou_employer", True),
    ("employer in 西湖 (the district)", {"employer_city": "西湖"}, MERIT, "hangzhou_employer", True),
    # 60周岁以下 includes 60; over 60 is for the experts (有突出贡献的可不受年龄限制)
    ("exactly 60 at both ends", {"birth_date": "1955-10"}, MERIT, "age", True),
    ("turns 61 inside the window", {"birth_date": "1955-09"}, "needs_review", "age", None),
    ("66 years old: exemption judged by experts", {"birth_date": "1950-01"}, "needs_review", "age", None),
    ("birth date unknown", {"birth_date": None}, "needs_review", "age", None),
    # 在杭从事本专业技能工作不少于10年: the smaller of years_in_field and Hangzhou years
    ("start 2006-05: 10 years on both ends", {"years_full_time_in_hangzhou": None, "hangzhou_full_time_start": "2006-05"},
     MERIT, "years_in_trade", True),
    ("start 2006-06: the day in June decides the window start",
     {"years_full_time_in_hangzhou": None, "hangzhou_full_time_start": "2006-06"}, "needs_review", "years_in_trade", None),
    ("start 2006-07: short at the window start",
     {"years_full_time_in_hangzhou": None, "hangzhou_full_time_start": "2006-07"}, "needs_review", "years_in_trade", None),
    ("9 years in Hangzhou", {"years_full_time_in_hangzhou": 9}, "not_eligible", "years_in_trade", False),
    ("9 years in the trade", {"years_in_field": 9}, "not_eligible", "years_in_trade", False),
    ("9 years, condition 4 waives years", {"years_full_time_in_hangzhou": 9, "competition_results": [comp()]},
     "eligible", "years_in_trade", True),
    ("9 years, competitions unknown", {"years_full_time_in_hangzhou": 9, "competition_results": None}, "needs_review",
     "years_in_trade", None),
    ("Hangzhou years unknown", {"years_full_time_in_hangzhou": None}, "needs_review", "years_in_trade", None),
    ("not frontline", {"role_type": "management"}, "not_eligible", "frontline", False),
    # alternatives
    ("no alternative", {"achievements": []}, "not_eligible", "alt_knack", False),
    ("2 traditional craft", {"achievements": ["从事龙井茶手工炒制三十年"]}, MERIT, "alt_craft", None),
    ("3 major innovation", {"achievements": ["重大技术革新，国内领先"]}, MERIT, "alt_innovation", None),
    ("4 national 2nd", {"achievements": [], "competition_results": [comp()]}, "eligible", "alt_top_competition", True),
    ("4 world 3rd", {"achievements": [], "competition_results": [comp(level="world", rank=3)]}, "eligible",
     "alt_top_competition", True),
    ("4 national 4th", {"achievements": [], "competition_results": [comp(rank=4)]}, "not_eligible",
     "alt_top_competition", False),
    ("4 provincial 1st", {"achievements": [], "competition_results": [comp(level="provincial", rank=1)]}, "eligible",
     "alt_top_competition", True),
    ("4 provincial 2nd", {"achievements": [], "competition_results": [comp(level="provincial", rank=2)]},
     "not_eligible", "alt_top_competition", False),
    ("4 team result: silent notice, experts judge", {"achievements": [], "competition_results": [comp(type="team")]},
     "needs_review", "alt_top_competition", None),
    ("4 result after the round does not count", {"achievements": [], "competition_results": [comp(year=2018)]},
     "not_eligible", "alt_top_competition", False),
    ("5 municipal 1st", {"achievements": [], "competition_results": [comp(level="municipal", rank=1)]}, "eligible",
     "alt_city_competition", True),
    ("5 municipal 2nd", {"achievements": [], "competition_results": [comp(level="municipal", rank=2)]},
     "not_eligible", "alt_city_competition", False),
]


@pytest.mark.parametrize(("name", "changes", "expected", "rule", "ok"), CASES, ids=[c[0] for c in CASES])
def test_rules(name, changes, expected, rule, ok):
    assert_case(P, changes, expected, rule, ok)


def test_age_exemption_is_cited_when_it_matters():
    v = run(P, {"birth_date": "1950-01"})
    ex = reason(v, "exempt_age")
    assert ex.ok is None and ex.quote == "有突出贡献的可不受年龄限制" and "评审" in ex.message


def test_age_exemption_is_not_listed_when_age_is_met():
    assert "exempt_age" not in [r.rule for r in run(P, {}).reasons]


def test_table_covers_every_rule_passing_and_failing():
    assert_covers(P, CASES, {**NEVER, **silent_rules(P)})


def test_years_projected_back_past_their_start_read_as_not_yet_begun():
    """9 years in Hangzhou as of 2026 is none in 2016: the reason says so instead of "约 0 年"."""
    from assistant.eligibility import check

    verdict = check({"years_in_field": 9, "years_full_time_in_hangzhou": 9, "facts_as_of": "2026-11-21"},
                    "hz_craftsman_2016")
    text = " ".join(r.message for r in verdict.reasons)
    assert "约 0 年" not in text and "那时还没有开始在杭从事本专业技能工作" in text
