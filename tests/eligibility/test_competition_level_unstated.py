"""A competition result whose level is not stated (HR often fill only the organiser or the contest's name).

Found when a blind batch of profiles gave ``"level": null`` with "杭州市总工会" as the organiser: the whole profile
was refused as invalid. The level is read from the name where it states one, a district or county organiser is
below the city, and a name that states none leaves the result for the review."""

from __future__ import annotations

from eligibility_support import run

from assistant.eligibility.honours import contest_level

P = "hz_craftsman_2016"

def _first_place(field: str):
    result = {"level": None, "tier": None, "rank": 1, "year": 2015, "type": "individual", "field": field}
    return run(P, {"competition_results": [result], "awards": [], "achievements": [], "trained_apprentices": "无"})

def test_the_level_is_read_from_the_organiser():
    assert contest_level("杭州市总工会职工技能大赛") == "municipal"
    assert contest_level("浙江省总工会、省人社厅联合举办") == "provincial"
    assert contest_level("全国行业职业技能竞赛") == "national"

def test_a_district_or_county_organiser_is_below_the_city():
    assert contest_level("杭州市拱墅区总工会技能比武") == "district"
    assert contest_level("桐庐县职工技能大赛") == "district"

def test_a_profile_with_an_unstated_level_is_checked_not_refused():
    v = _first_place("杭州市总工会职工技能大赛")
    assert any("市级职业技能大赛第1名" in r.message and r.ok for r in v.reasons)

def test_a_district_first_place_does_not_meet_the_city_condition():
    v = _first_place("杭州市拱墅区总工会技能比武")
    assert not any(r.ok for r in v.reasons if "区、县级竞赛" in r.message)
    assert any("区、县级竞赛" in r.message for r in v.reasons)

def test_a_name_that_states_no_level_is_left_for_the_review():
    v = _first_place("行业协会组织的茶艺比赛")
    assert any("未注明竞赛级别" in r.message and r.ok is None for r in v.reasons)
