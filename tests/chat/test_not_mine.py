"""A result told before, then said to be another's, is taken out of the asker's profile (chat.case.not_mine)."""

from __future__ import annotations

import pytest

from assistant.chat.case.not_mine import not_mine
from tests.chat_support import talk

KNOWN = {"competition_results": [{"rank": 1}], "awards": [{"kind": "x"}], "skill_level": "技师", "prior_titles": ["浙江工匠"]}


@pytest.mark.parametrize("text, gone", [
    ("不对 那个比赛是我徒弟拿的", ("competition_results",)),
    ("搞错了，那个奖是我师傅的", ("awards",)),
    ("技师证是我老公考的", ("skill_level",)),
    ("那个第一不是我拿的，是我徒弟", ("competition_results",)),
    ("那个称号是我同事评上的", ("prior_titles",)),
    ("那个比赛其实是我带的学生拿的", ("competition_results",)),
    ("我徒弟也拿过比赛", ()),  # another's result told beside one's own takes nothing away
    ("这个奖是我拿的", ()),
])
def test_what_is_said_to_be_another_s(text, gone):
    assert not_mine(KNOWN, text) == gone


def test_nothing_is_taken_that_was_not_told():
    assert not_mine({}, "不对 那个比赛是我徒弟拿的") == ()


def test_a_first_place_said_to_be_the_apprentice_s_no_longer_recognises_directly(deps):
    session, (first, second) = talk(
        deps,
        "第四届杭州数字工匠 我在滨江做工业互联网平台开发 干了八年 2018年来杭州全职 工会会员 没评过称号 "
        "2025年拿了浙江省数字经济职业技能竞赛个人第一 能直接认定吗",
        "不对 那个比赛是我徒弟拿的")
    assert {v.program: v.verdict for v in first.verdicts}["hz_digital_craftsman_2026"] == "direct_recognition"
    assert {v.program: v.verdict for v in second.verdicts}["hz_digital_craftsman_2026"] == "needs_review"
    assert "competition_results" not in session.profile
    assert "那个比赛是我徒弟拿的" not in (session.profile.get("achievements") or [])


def test_an_award_said_later_to_be_the_team_s_is_the_review_s(deps):
    # "其实是我们团队拿的": the award told before stays, read as the team's (language.award_holder), not the asker's own
    session, (first, second) = talk(
        deps,
        "最早那届数字工匠 我在滨江做推荐系统 一六年起在杭州 会员 一线 没评过工匠 有个浙江省科学技术进步奖",
        "其实是我们团队拿的 我就是做了点测试")
    assert {v.program: v.verdict for v in first.verdicts}["hz_digital_craftsman_2023"] == "eligible"
    assert {v.program: v.verdict for v in second.verdicts}["hz_digital_craftsman_2023"] == "needs_review"
    assert session.profile.get("awards")


def test_an_award_said_to_be_the_team_s_with_one_s_own_part_stays_one_s_own():
    from assistant.chat.case.not_mine import unit_award_told

    class Session:
        profile = {"awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖", "year": 2021}]}

    assert unit_award_told(Session(), {}, "其实是我们团队拿的 我就是做了点测试")["achievements"] == [
        "浙江省科学技术进步奖，其实是我们团队拿的 我就是做了点测试"]
    assert unit_award_told(Session(), {}, "团队拿的 我是第三完成人") == {}
    assert unit_award_told(Session(), {}, "我在团队里负责测试") == {}
