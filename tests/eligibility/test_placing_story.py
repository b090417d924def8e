"""What is told around a placing after it (裁判讲跟第一只差零点几分, 师傅安慰我说下回再来) belongs to the placing, which
its own row measures: it is no deed left to the experts, so a placing one rank below the bar with nothing else told
is a clear no (首席技师 二/(一))."""

import datetime as dt

import pytest

from assistant.eligibility.api import check

BASE = {"nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
        "union_member": True, "employer_city": "杭州", "prior_titles": [], "employer_type": "private",
        "facts_as_of": "2021-07-15", "birth_date": "1979-03", "occupation": "焊工", "years_in_field": 20,
        "years_full_time_in_hangzhou": 15, "years_full_time_in_zhejiang": 15, "skill_level": "高级技师",
        "awards": [], "trained_apprentices": ""}


def _verdict(achievements, comps):
    profile = dict(BASE, achievements=achievements, competition_results=comps)
    return check(profile, "hz_chief_technician_2021", as_of=dt.date(2026, 11, 21)).verdict


@pytest.mark.parametrize("achievements", [
    ["二〇年省里二类技能竞赛拿了个第二名，裁判讲跟第一只差零点几分"],
    ["二〇年省里二类技能竞赛拿了个第二名，离第一就差零点几分，可惜了，回来师傅还安慰我说下回再来"],
])
def test_the_story_of_a_placing_below_the_bar_is_no_deed(achievements):
    comps = [{"level": "provincial", "tier": "二类", "rank": 2, "year": 2020, "type": "individual",
              "field": "2020年浙江省焊接技能竞赛"}]
    assert _verdict(achievements, comps) == "not_eligible"


def test_a_deed_told_after_the_placing_is_still_the_experts():
    comps = [{"level": "provincial", "tier": "二类", "rank": 2, "year": 2020, "type": "individual",
              "field": "2020年浙江省焊接技能竞赛"}]
    said = ["二〇年省里二类技能竞赛拿了个第二名，回来以后牵头改了焊接工装，返修率降了一半"]
    assert _verdict(said, comps) == "needs_review"
