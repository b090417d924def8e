"""A science award of a body 条件(三) does not name (review23): an enterprise's own prize, even named with its
province, and an industry federation's prize are left to the review; the government's award of the level is met."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility import check

AS_OF = dt.date(2026, 11, 21)
DIGITAL = {"facts_as_of": "2026-03-31", "nationality": "中国", "employer_type": "private", "rehired": False,
           "union_member": True, "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical",
           "birth_date": "1988-05", "occupation": "后端开发工程师", "is_digital_economy": True, "years_in_field": 9,
           "years_full_time_in_hangzhou": 7, "skill_level": "none", "prior_titles": [], "competition_results": []}


@pytest.mark.parametrize(("kind", "level", "ok"), [
    ("国网浙江省电力有限公司科学技术进步奖一等奖", "provincial", None),  # an enterprise's, named with its province
    ("中国电信集团科技进步奖一等奖", "national", None),
    ("中国机械工业科学技术奖二等奖", "national", None),  # an industry federation's
    ("浙江省科学技术进步奖一等奖", "provincial", True),
    ("国家科学技术进步奖二等奖", "national", True),
])
def test_the_body_of_a_science_award(kind, level, ok):
    profile = {**DIGITAL, "awards": [{"level": level, "kind": kind, "year": 2024}],
               "achievements": [f"二四年{kind} 第二完成人"]}
    v = check(profile, "hz_digital_craftsman_2026", as_of=AS_OF).to_json()
    (row,) = [r for r in v["reasons"] if r["rule"] == "alt_certificate"]
    assert row["ok"] is ok
    assert v["verdict"] == ("eligible" if ok else "needs_review")
