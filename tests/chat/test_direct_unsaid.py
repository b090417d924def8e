"""A first place (第四届一, 直接认定) with a soft condition not yet said: the verdict is 可直接认定 with a note on the
condition it still rests on, that condition is asked, and the answer is read (docs/verdict-policy.md)."""

from __future__ import annotations

import pytest

from tests.chat_support import talk as _talk

_WON = ("去年省里的数字经济行业职业技能竞赛我拿了个人第一，第四届杭州数字工匠能不能直接认定？在萧山一家民企做数控系统的"
        "软件，全职，普通员工，一直技术岗，工会会员，没有评过工匠，在杭州干了五年")


def _lead(answer):
    return next(v for v in answer.verdicts if v.program == "hz_digital_craftsman_2026")


def test_the_first_place_stands_and_the_unsaid_years_are_asked(deps):
    _, answers = _talk(deps, _WON)
    v = _lead(answers[-1])
    assert v.verdict == "direct_recognition"
    assert [q["field"] for q in answers[-1].questions][:1] == ["years_in_field"]
    assert "直接认定以“符合条件”为前提" in answers[-1].text


@pytest.mark.parametrize(("reply", "verdict"), [("十来年了", "direct_recognition"), ("八年", "direct_recognition"),
                                                ("才三年", "needs_review")])
def test_the_years_answered_after_the_first_place_are_read(deps, reply, verdict):
    session, answers = _talk(deps, _WON, reply)
    assert session.profile.get("years_in_field") is not None
    assert _lead(answers[-1]).verdict == verdict


def test_a_first_place_not_asked_about_lists_no_alternative_it_makes_unnecessary(deps):
    # "是不是直接就能认定了" (no "能直接认定吗"), or the first place only told: the verdict is 可直接认定 either way, and
    # the achievements the alternatives would ask for decide nothing
    for text in ("我在余杭仓前一家做工业视觉的公司写算法，干了六年，去年拿了杭州市数字经济行业职业技能竞赛个人第一，"
                 "工会会员，没评过啥称号，第四届数字工匠是不是直接就能认定了",
                 "我在滨江做云平台开发七年了，全职，工会会员，没评过称号，去年拿了浙江省数字经济行业职业技能竞赛个人第一名，"
                 "第四届数字工匠怎么样"):
        _, answers = _talk(deps, text)
        assert _lead(answers[-1]).verdict == "direct_recognition"
        screen = answers[-1].text.split("<details>")[0]
        assert "未提供主要业绩" not in screen, screen
