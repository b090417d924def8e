"""Achievements told by what changed, not by a word of the notices (the lead's round-seven trial: "搞过一个自动化
巡检平台，机房故障处理时间从两小时降到十分钟" was not read, and the chat asked for the applicant's achievements)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, kept", [
    ("搞过一个自动化巡检平台，机房故障处理时间从两小时降到十分钟", "从两小时降到十分钟"),
    ("做了一套工装夹具，装夹时间缩短了一半", "做了一套工装夹具"),
    ("效率提高了30%", "效率提高了30%"),
    ("一年给厂里省了二十多万", "省了二十多万"),
    ("写了个排产小程序，车间换线时间少了一大截", "写了个排产小程序"),
])
def test_a_result_or_a_thing_made_is_an_achievement(text, kept):
    said = extract(text, TODAY).profile.get("achievements") or []
    assert any(kept in a for a in said), said


@pytest.mark.parametrize("text", [
    "我在做电商平台的运维",  # the job, said in the present
    "我做过五年网站开发",
    "工资降了一半",  # a change, but not one the applicant made
    "我一半时间在车间",
])
def test_a_job_or_a_change_not_made_is_no_achievement(text):
    assert not extract(text, TODAY).profile.get("achievements")


@pytest.mark.parametrize("text, kept", [
    # batch aa dev dlg-aa106: a change said with a plain adjective was not read, and the talk asked for achievements
    ("去年我把络筒机的张力器改了一下 自己画的图让机修车间做的 断头少了将近一半 厂里十几台机都换了", "断头少了将近一半"),
    ("换型快了一倍", "换型快了一倍"),
])
def test_a_change_said_with_a_plain_adjective_is_a_result(text, kept):
    said = extract(text, TODAY).profile.get("achievements") or []
    assert any(kept in a for a in said), said


def test_pay_or_age_changed_is_no_result():
    assert not extract("我工资低了两千块", TODAY).profile.get("achievements")
