"""An exam tried and failed (软考高级考过两次，都差几分没过; 去考了…，没考出来) holds no certificate for the digital
craftsman notices' 条件(三); a certificate obtained (考出来的) still meets it."""

import datetime as dt

import pytest

from assistant.eligibility.api import check

BASE = {"nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
        "union_member": True, "employer_city": "杭州", "prior_titles": [], "employer_type": "private",
        "facts_as_of": "2023-03-31", "birth_date": "1987-10", "occupation": "信息安全测试员", "years_in_field": 9,
        "years_full_time_in_hangzhou": 7, "years_full_time_in_zhejiang": 7, "skill_level": "none",
        "is_digital_economy": True, "awards": [], "competition_results": [], "trained_apprentices": "无"}
DENIED = "标准、技改、科技奖、带选手这些都没有"


@pytest.mark.parametrize("said, expected", [
    ("软考高级考过两次，都差几分没过", False),
    ("去考了软考高级的系统架构设计师，没考出来", False),
    ("报考了软考高级，挂了", False),
    ("有软考高级的系统架构设计师证书，二一年考出来的", True),
])
def test_a_failed_exam_holds_no_certificate(said, expected):
    v = check(dict(BASE, achievements=[said, DENIED]), "hz_digital_craftsman_2023", as_of=dt.date(2026, 11, 21))
    assert next(r.ok for r in v.reasons if r.rule == "alt_certificate") is expected
