""""还能再报吗" asked by someone who holds a title: the asked programme's rule on that title, 不能 first.

The asker's own title is a case the asked notice rules on (tests/chat/test_rule_of_case.py): the rule's barring
words lead ("不能。…不再重复推荐"), and the title held ("已经评上首届杭州数字工匠了") is not a second programme asked.
"""

from __future__ import annotations

import pytest

from tests.chat_support import talk


@pytest.mark.parametrize("text", [
    "我2023年已经评上首届杭州数字工匠了 今年第四届还能再报吗",
    "我前年评上了杭州工匠，第四届数字工匠可以再申报吗",
])
def test_own_title_held_then_asked_again_is_answered_no_by_the_asked_rule(deps, text):
    _, (answer,) = talk(deps, text)
    assert answer.text.startswith("不能") and "不再重复推荐" in answer.text.splitlines()[0], answer.text[:300]
    assert "首届杭州数字工匠：" not in answer.text


@pytest.mark.parametrize("text", ["杭州工匠这次没评上，以后还可以再报吗", "浙派工匠今年没评上明年还能再报吗"])
def test_applying_again_after_failing_is_a_rule_question(deps, text):
    _, (answer,) = talk(deps, text)
    assert not answer.verdicts, answer.text[:300]


@pytest.mark.parametrize("text", [
    "首届的时候评上过杭州数字工匠，第四届还能再报一次吗",
    "我前年评上了杭州工匠，第四届数字工匠可以再申报吗",
])
def test_the_rule_answer_carries_the_checkers_verdict_on_the_askers_own_case(deps, text):
    # CONTRACT: verdicts are present when the question asks about the asker's eligibility; the rule still leads
    session, (answer,) = talk(deps, text)
    assert answer.text.startswith("不能"), answer.text[:300]
    assert [(v.program, v.verdict) for v in answer.verdicts] == [("hz_digital_craftsman_2026", "not_eligible")]
    assert "按您说的情况核对：" in answer.text and "不符合条件" in answer.text
    assert session.pending is None  # nothing asked back: the case is decided


@pytest.mark.parametrize("text", ["退休人员能报浙派工匠吗", "已获评浙江省首席技师的人还能报杭州市首席技师吗"])
def test_a_kind_of_person_asked_about_gets_no_verdict(deps, text):
    _, (answer,) = talk(deps, text)
    assert not answer.verdicts, answer.text[:300]


def test_an_open_own_case_is_left_to_the_rule_answer(deps):
    # the rule answers "能不能"; a case the checker cannot decide yet gets no card and no questions from this path
    _, (answer,) = talk(deps, "我们单位是民企，我拿过全国技术能手，首席技师民企的能报吗")
    assert all(v.verdict != "needs_review" for v in answer.verdicts or ()), answer.text[:400]


def test_no_verdict_follows_a_rule_answer_that_finds_the_notice_silent(deps):
    text = ("我前年评上了我们萧山区的“萧山工匠”，区总工会发的证书。第四届数字工匠说已经被认定为“杭州工匠”的不再重复推荐，"
            "我这个区里的称号算不算进去啊？会不会被卡掉，还是照样能报")
    _, (answer,) = talk(deps, text)
    assert "没有写明" in answer.text and not answer.verdicts and not answer.citations, answer.text[:400]
