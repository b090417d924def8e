"""A placing told in the applicant's own words at a contest whose words give no level ("二〇年行业协会办的燃气表检定比武
拿了第一"), beside a form listing no results: a placing was told, so the condition on placings is open for the review
to check the contest's level, not failed. A level said below the city (车间, 区里) still fails it. Found in blind
batch af (a dev profile: an industry association's contest, first place, for 首席技师)."""

from __future__ import annotations

import pytest
from eligibility_support import reason, run

P = "hz_chief_technician_2021"


def _told(text: str):
    return run(P, {"awards": [], "competition_results": [], "achievements": [text, "浙江省首席技师没评过"]})


@pytest.mark.parametrize("text", ["二〇年行业协会办的燃气表检定比武 拿了第一", "一九年参加燃气行业的技能比武得了第一名",
                                  "兄弟厂之间搞了个焊工比赛 我拿了冠军"])
def test_a_placing_at_a_contest_of_unsaid_level_is_left_to_the_review(text):
    v = _told(text)
    r = reason(v, "alt_honours_competitions")
    assert r.ok is None and "未注明竞赛级别" in r.message
    assert v.verdict == "needs_review"


@pytest.mark.parametrize("text", ["二〇年车间技能比武拿了第一", "一九年区里的焊工比赛拿了第一名"])
def test_a_placing_at_a_contest_below_the_city_stays_a_no(text):
    assert reason(_told(text), "alt_honours_competitions").ok is False

