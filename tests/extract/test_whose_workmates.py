"""The people one works beside, above or over, said bare at a clause's head (同事老李, 车间主任, 徒弟们, 几个学生,
他们, 我带的徒弟), state their own facts, not the asker's: their level, union card or contests are never read as the
asker's, and the asker's own facts said beside them are."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "level"), [
    ("工友老周是高级技师，我才中级工", "中级工"),
    ("我们组长是技师，我是高级工", "高级工"),
    ("那几个学徒都考了初级工，我自己是技师", "技师"),
    ("张师傅是特级技师，我是高级技师", "高级技师"),
])
def test_a_workmates_level_is_not_the_askers(text, level):
    assert extract(text, TODAY).profile.get("skill_level") == level


def test_their_denial_is_not_the_askers():
    profile = extract("带过六个徒弟，她们一次比赛都没参加过，我自己2020年市里技能比赛拿了第一", TODAY).profile
    assert profile.get("competition_results") and profile["competition_results"][0]["rank"] == 1


@pytest.mark.parametrize("text", ["我带出来的徒弟拿过省赛第一，我本人没比过赛", "我教的学生去年拿了国赛第三，我没参加过比赛"])
def test_ones_apprentices_placing_is_no_placing_of_ones_own(text):
    profile = extract(text, TODAY).profile
    assert not profile.get("competition_results")


def test_their_union_card_is_not_the_askers():
    assert extract("学徒们都还没入工会，我是会员", TODAY).profile.get("union_member") is True


def test_a_named_workmate_of_ours_holds_their_own_honour():
    profile = extract("我们车间的小赵拿了全国技术能手，我是班组长，高级技师", TODAY).profile
    assert not profile.get("awards") and profile.get("skill_level") == "高级技师"
