"""A noun phrase cut off before 也/都 is the subject of the denial after it, not a deed of its own: "带的徒弟也没一个
参加过比赛" denies, where the list of denials before it made the whole message a denial (batch j dev el-j013 went
from not_eligible to needs_review when the comma part stopped being read as a whole)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.clauses import denied_parts

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("part", ["带的徒弟也没一个参加过比赛", "我带的学徒也都没拿过名次", "搞的那些小改进也没人认"])
def test_a_subject_before_a_denial_is_denied_with_it(part):
    assert denied_parts(("技术革新这些都没有", part)) == (True, True)


@pytest.mark.parametrize("part", ["带的徒弟有三个拿了市赛第一", "带过的徒弟里有两个拿了省赛第一"])
def test_a_subject_with_its_own_statement_is_not_denied(part):
    assert denied_parts(("专利没有", part)) == (True, False)


def test_the_whole_message_of_denials_is_no_achievement():
    got = extract("比赛名次、什么先进操作法、技术革新这些都没有，带的徒弟也没一个参加过比赛。", TODAY).profile
    assert got.get("achievements") == [] and got.get("trained_apprentices") == "无"
