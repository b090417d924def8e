"""A placing record completed from the applicant's own words, and a prize band said instead of a place.

Found by the place16 probe (round 16). A form's ``"type": null`` beside "…个人第一名" in the achievements is an
individual placing (``honours.as_told``), not one left open; a class said in the text ("是省一类竞赛") completes the
record the same way, and a text naming both classes gives none. 一等奖 at a listed contest may or may not be 第1名:
the place is checked (needs_review); 二等奖 is at best second, below a bar of 第1名 (``honours._bands``)."""

from __future__ import annotations

from eligibility_support import reason, run

C16, CT = "hz_craftsman_2016", "hz_chief_technician_2021"


def _city_first(achievements, kind=None, tier=None, program=C16, level="municipal", rank=1):
    result = {"level": level, "tier": tier, "rank": rank, "year": 2013, "type": kind, "field": "2013年杭州市职业技能大赛"}
    return run(program, {"competition_results": [result], "awards": [], "achievements": achievements,
                         "trained_apprentices": "无"})


def test_the_type_left_empty_is_taken_from_the_applicants_words():
    v = _city_first(["一三年杭州市职业技能大赛装配钳工项目个人第一名"])
    assert reason(v, "alt_city_competition").ok is True


def test_without_a_word_of_it_the_type_stays_open():
    v = _city_first(["一三年杭州市职业技能大赛装配钳工项目第一名"])
    assert reason(v, "alt_city_competition").ok is None


def test_a_team_said_in_the_words_stays_a_team():
    v = _city_first(["一三年杭州市职业技能大赛我们厂三人组队拿了团体第一名"])
    assert reason(v, "alt_city_competition").ok is None
    assert "团体" in reason(v, "alt_city_competition").message


def test_a_team_said_in_the_words_outweighs_a_forms_individual():
    """chief23: the form says individual, the applicant's words on the same placing say it was a team's."""
    team = _city_first(["一三年杭州市职业技能大赛和同事两人组队拿了第一名"], "individual", "一类")
    assert reason(team, "alt_city_competition").ok is None and "团体" in reason(team, "alt_city_competition").message
    alone = _city_first(["一三年杭州市职业技能大赛个人第一名，同去的同事也进了前十"], "individual", "一类")
    assert reason(alone, "alt_city_competition").ok is True


def test_the_class_said_in_the_words_decides_a_rank_one_class_allows():
    said = _city_first(["二〇一三年浙江省职业技能大赛维修电工个人第二名，是省一类竞赛"], "individual", None, CT,
                       "provincial", 2)
    assert reason(said, "alt_honours_competitions").ok is True
    unsure = _city_first(["二〇一三年浙江省职业技能大赛维修电工个人第二名，不知道是一类还是二类"], "individual", None, CT,
                         "provincial", 2)
    assert reason(unsure, "alt_honours_competitions").ok is None


def _band(text, program=C16):
    return run(program, {"competition_results": [], "awards": [], "achievements": [text, "绝活革新都没有，不是传统工艺"],
                         "trained_apprentices": "无"})


def test_a_first_prize_band_leaves_the_place_to_be_checked():
    v = _band("一三年杭州市职业技能大赛木工项目拿了一等奖，一等奖有三个人")
    assert reason(v, "alt_city_competition").ok is None
    assert v.verdict == "needs_review"


def test_a_second_prize_band_is_below_a_first_place_bar():
    v = _band("一三年杭州市职业技能大赛木工项目拿了二等奖")
    assert reason(v, "alt_city_competition").ok is False
    assert v.verdict == "not_eligible"


def test_a_band_at_a_district_contest_or_a_science_award_is_no_placing():
    assert reason(_band("一三年余杭区职工技能比武一等奖"), "alt_city_competition").ok is False
    assert reason(_band("浙江省科学技术进步奖一等奖"), "alt_city_competition").ok is False


def test_how_the_record_was_filed_belongs_to_the_placing():
    # "人事填表时当成市级的" remarks on the placing's record, as a margin or a regret does: no deed for the experts
    result = {"level": "municipal", "tier": None, "rank": 1, "year": 2014, "type": "individual",
              "field": "2014年临安市职业技能大赛（数控车工）"}
    v = run(C16, {"competition_results": [result], "awards": [], "trained_apprentices": None, "achievements": [
        "一四年临安市职业技能大赛数控车工第一名，人事填表时当成市级的", "没有绝活，也没有啥革新成果，不是传统工艺"]})
    assert v.verdict == "not_eligible"
