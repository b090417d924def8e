"""Clauses that go on about apprentices with the object left out (带徒弟这块还算用心，前后带了三个，都成了班组里的骨干)
belong to 首席技师 二/(四), which measures apprentices by their placings: they are no unmatched deed for the experts
under (二)/(三), so apprentices one place below the bar with the rest denied are a clear no."""

import datetime as dt

from assistant.eligibility.api import check

BASE = {"nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
        "union_member": True, "employer_city": "杭州", "prior_titles": [], "employer_type": "private",
        "facts_as_of": "2021-07-15", "birth_date": "1979-03", "occupation": "焊工", "years_in_field": 20,
        "years_full_time_in_hangzhou": 15, "years_full_time_in_zhejiang": 15, "skill_level": "高级技师",
        "awards": [], "competition_results": [],
        "trained_apprentices": "带了三个徒弟都是班组骨干，最好的小李二〇年参加杭州市一类焊工技能竞赛拿了第四名"}


def _verdict(achievements):
    return check(dict(BASE, achievements=achievements), "hz_chief_technician_2021", as_of=dt.date(2026, 11, 21)).verdict


def test_apprentices_told_with_the_object_left_out_are_measured_by_their_placing():
    said = ["自己比赛没拿过名次，也没什么发明创造、绝招绝技的", "带徒弟这块还算用心，前后带了三个，都成了班组里的骨干"]
    assert _verdict(said) == "not_eligible"


def test_a_deed_of_ones_own_after_the_apprentices_is_still_the_experts():
    said = ["自己比赛没拿过名次，也没什么绝招绝技的", "带徒弟这块还算用心，前后带了三个，自己还改了一套焊接工装，效率提高一倍"]
    assert _verdict(said) == "needs_review"
