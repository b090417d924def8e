"""A certificate named by what is on its paper ("证书就一个软考高级", "拿了系统架构设计师"): the conversation keeps it with
the achievements (it is no skill level), and 第四届's condition (三), which asks for a certificate "of a leading level",
leaves whether it leads to the review unless the words say so. Found asking as a new user: the clause was dropped,
so the certificate condition closed and the verdict was 不符合."""

from __future__ import annotations

import pytest
from eligibility_support import reason, run

from tests.extract_support import ABSENT, check

P = "hz_digital_craftsman_2026"


@pytest.mark.parametrize("text", ["标准和革新都没搞过 证书就一个软考高级", "革新没搞过 拿了系统架构设计师"])
def test_the_certificate_is_kept_with_the_achievements(text):
    from assistant.extract import extract
    from tests.extract_support import TODAY

    kept = extract(text, TODAY).profile.get("achievements") or []
    assert any("软考高级" in a or "系统架构设计师" in a for a in kept)


def test_a_certificate_said_alone_leaves_the_achievements_untold():
    """"我有华为HCIE认证，算不算…": the achievements told would close every other condition; the certificate alone
    does not tell them."""
    check("我有华为HCIE认证，算不算国家级证书", {"achievements": ABSENT})


@pytest.mark.parametrize("text", ["我有软考高级证书", "有个软考中级证"])
def test_an_exam_grade_is_no_skill_level(text):
    check(text, {"skill_level": ABSENT})


def test_a_skill_level_certificate_stays_the_level():
    check("我有高级技师证书", {"skill_level": "高级技师"})


@pytest.mark.parametrize("text", ["证书就一个软考高级", "去年考出了软考高级"])
def test_a_national_qualification_is_left_to_the_review_for_the_fourth_round(text):
    v = run(P, {"achievements": [text], "awards": [], "competition_results": []})
    assert reason(v, "alt_certificate").ok is None
    assert v.verdict == "needs_review"


def test_a_certificate_said_to_lead_meets_the_condition():
    v = run(P, {"achievements": ["拿了国内首批软考高级认证，属国内领先水平"], "awards": [], "competition_results": []})
    assert reason(v, "alt_certificate").ok is True


def test_a_certificate_beside_the_rest_denied_is_kept():
    """"证书就一个软考高级 别的没有": the rest is denied, the certificate named before it is not (asked as a new user:
    the verdict was 不符合 with the certificate dropped)."""
    from assistant.extract import extract
    from tests.extract_support import TODAY

    kept = extract("证书就一个软考高级 别的没有 标准革新都没搞过 在滨江做后端开发七年", TODAY).profile.get("achievements")
    assert kept == ["证书就一个软考高级"]
