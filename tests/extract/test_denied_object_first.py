"""Denials and memberships said in the order people type them (ext7's fw probes; phrasings here are other ones): the
thing denied first with no 都 ("啥奖没拿过", "称号什么的没有") is a denial, not a question (为什么没评上 still asks); a
form's field answered none ("荣誉称号：无") is that field denied; joining said as 入了会/入过会 is union membership, and
the federation one's unit belongs to (园区联合工会) is no occupation; a trade entered in another city ("18年在上海入的行")
starts the trade's years there, apart from the start in Hangzhou."""

from __future__ import annotations

from assistant.extract import extract
from tests.extract_support import TODAY


def test_the_thing_denied_said_first_without_du():
    assert extract("我是开叉车的，啥奖没拿过", TODAY).profile.get("awards") == []
    assert extract("称号什么的没有，干了十年了", TODAY).profile.get("prior_titles") == []
    assert "prior_titles" not in extract("为什么没评上称号", TODAY).profile


def test_a_form_field_answered_none():
    profile = extract("工种：钳工，荣誉称号：无，获奖情况：暂无", TODAY).profile
    assert profile.get("prior_titles") == [] and profile.get("awards") == []
    assert profile.get("occupation") == "钳工"
    assert "achievements" not in profile


def test_joining_said_as_ru_le_hui_and_the_federation_is_no_job():
    profile = extract("我们公司挂在开发区联合工会下面，我前年入了会", TODAY).profile
    assert profile.get("union_member") is True
    assert "工会" not in (profile.get("occupation") or "")


def test_the_trade_entered_in_another_city():
    profile = extract("我2013年在武汉入的行，做PLC编程，2021年来的萧山", TODAY).profile
    assert profile["years_in_field"] == 12.92
    assert profile["years_full_time_in_hangzhou"] == 4.92
