"""A remark shaped as a reply ("应该入了吧，不太清楚", "可能有吧") in a talk about the asker's case goes on with the
talk; it is no question about the notices to refuse. A hedge's closing 吧 is no question mark."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.said import asks
from assistant.chat.case.switches import bare_reply
from tests.chat_support import talk as _talk

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "expected"), [("可能有吧", False), ("应该是吧", False), ("好像入了吧", False),
                                             ("是这样吧", True), ("要交材料吧", True), ("有吗", True)])
def test_a_hedge_is_no_question(text, expected):
    assert asks(text) is expected
    assert bare_reply(text) is (not expected)


@pytest.mark.parametrize("turns", [
    ("杭州工匠能报吗，我在富阳做木工二十年了，高级技师", "应该入了吧，不太清楚"),
    ("第四届数字工匠我能报吗，我在滨江做前端开发六年了，全职，工会会员", "可能有吧"),
    ("首席技师能报吗，数控车工技师，在萧山干了12年，一直一线", "应该有吧"),
])
def test_the_talk_goes_on(deps, turns):
    _, answers = _talk(deps, *turns)
    assert answers[-1].intents == ("eligibility",) and "没有涉及这个问题" not in answers[-1].text, answers[-1].text


def test_a_request_to_be_told_is_no_reply():
    assert bare_reply("我想了解一下申报材料") is False and bare_reply("问一下名额") is False
    assert bare_reply("没有") is True


def test_the_asked_question_waits_through_a_question_about_the_rules(deps):
    session, answers = _talk(deps, "第四届数字工匠我能报吗，我在滨江做前端开发六年了，全职，工会会员", "第四届要交哪些材料", "无")
    assert answers[1].intents == ("qa",)
    assert session.profile.get("prior_titles") == [], session.profile


@pytest.mark.parametrize("turns", [
    ("我在滨江做渗透测试，首届数字工匠能报吗", "2022年全国网络与信息安全管理员职业技能竞赛，学员拿了个人第二名"),
    ("首席技师我能报吗，我是钳工技师", "我们厂在临平，去年刚评上区里的先进"),
    ("浙派工匠能报吗，我在宁波做模具二十年了，高级技师", "厂里的技改项目主要是我牵头的"),
])
def test_a_statement_in_the_talk_is_more_of_the_case(deps, turns):
    """A statement that asks the notices nothing, in the middle of a check, is more of the asker's case: quoting a
    clause at it answers no question."""
    _, answers = _talk(deps, *turns)
    assert answers[-1].intents[0] == "eligibility", answers[-1].text
    assert not answers[-1].text.startswith("根据通知原文"), answers[-1].text


def test_a_question_in_the_talk_is_still_a_question(deps):
    _, answers = _talk(deps, "首席技师我能报吗，我是钳工技师", "申报材料要交几份？")
    assert "qa" in answers[-1].intents, answers[-1].text
