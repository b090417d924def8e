"""Absence said in ordinary words is the field's empty value (a fact the checker can decide on), and only that
field's: an item echoed then denied (工会？没加过), 成绩 as the work's record (没啥成绩; beside a contest it is the
contest's), the contest's separable verb (没比过赛), the union denied with no unit named (工会的话没有, 非会员), while
whether one is a member said not to be known (是不是会员我不知道, 工会？不清楚有没有) says neither."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _profile(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize(("text", "field", "value"), [
    ("工会？没加过", "union_member", False),
    ("工会的话没有", "union_member", False),
    ("工会？没有", "union_member", False),
    ("非会员", "union_member", False),
    ("工会我还没加", "union_member", False),
    ("比赛？没参加过", "competition_results", []),
    ("从来没比过赛", "competition_results", []),
    ("带徒弟？没有", "trained_apprentices", "无"),
    ("没啥成绩", "achievements", []),
    ("拿得出手的成绩没有", "achievements", []),
    ("成绩嘛，没啥", "achievements", []),
    ("比赛没拿过什么成绩", "competition_results", []),
    ("带徒？从来没有", "trained_apprentices", "无"),
    ("获奖情况嘛，基本没有", "awards", []),
    ("工会？入了", "union_member", True),
    ("没称号", "prior_titles", []),  # 没 before the noun is 没有
    ("也没啥荣誉", "prior_titles", []),
    ("别的比赛啊奖啊没有", "awards", []),  # a bare negation closing a spoken list
    ("别的比赛啊奖啊没有", "competition_results", []),
    ("我能报哪个？奖也没拿过，徒弟也没带过", "trained_apprentices", "无"),  # 徒弟 the object, no one's subject
    ("我是焊工，徒弟倒是没收过", "trained_apprentices", "无"),
    ("没有什么拿得出手的", "achievements", []),  # nothing worth telling
    ("也没干出啥名堂", "achievements", []),
    ("没获过奖，也没评过先进", "prior_titles", []),  # 先进 rated as an honour
    ("浙江省首席技师？没有没有，哪能啊", "prior_titles", []),  # a title named as the echoed item
    ("应该是吧 每个月工资条上有一项工会会费", "union_member", True),  # dues taken
])
def test_absence_is_the_fields_empty_value(text, field, value):
    assert _profile(text).get(field) == value


@pytest.mark.parametrize(("text", "field"), [
    ("工会？不清楚有没有", "union_member"),
    ("是不是会员我不知道", "union_member"),
    ("是不是会员我不知道", "occupation"),
    ("有没有入会记不清了", "union_member"),
    ("比赛没拿过什么成绩", "achievements"),  # the contest's placing, not the work's record
    ("考试成绩不好", "achievements"),
    ("还没评上杭州工匠", "prior_titles"),  # not yet, said by one applying
    ("我们厂没有先进的设备", "prior_titles"),  # 先进 as an adjective
    ("首席技师？没有", "skill_level"),  # the level said not to be had is not held
    ("首席技师没有", "skill_level"),
    ("无首席技师", "skill_level"),
    ("我是焊工，徒弟们都没比过赛", "competition_results"),  # the apprentices' contests, not the asker's
])
def test_not_known_or_another_field_says_nothing(text, field):
    assert field not in _profile(text)


def test_one_fields_absence_leaves_the_others():
    p = _profile("工会？没加过，不过带过五个徒弟，省里焊工比赛拿过第二名")
    assert p["union_member"] is False
    assert p.get("trained_apprentices") not in (None, "无")
    assert p["competition_results"]


def test_a_keyword_named_only_to_be_denied_is_no_achievement():
    assert "achievements" not in _profile("比赛参加过但没获奖")  # 获奖 only in the denied part
    assert _profile("搞过技改但没评上奖")["achievements"] == ["搞过技改但没评上奖"]  # 技改 in the affirmed part
