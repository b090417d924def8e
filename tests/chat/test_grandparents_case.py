"""A grandparent, an uncle or aunt by marriage, a cousin asked for is a relative like a parent (every person word of
language/data/people.json is one, read by extract.subject): the facts said after "我外公…" or "我姑父…" are that
relative's, and the case is checked on them, not left empty."""

from __future__ import annotations

import pytest

from tests.chat_support import talk


@pytest.mark.parametrize("kin", ["外公", "爷爷", "姥姥", "外孙", "姑父", "舅妈", "表弟"])
def test_facts_said_of_a_grandparent_are_his_case(deps, kin):
    session, answers = talk(deps, f"我{kin}六二年的 会员 等级证从来没考过 首席能报吗")
    verdicts = {v.program: v for v in answers[-1].verdicts}
    chief = verdicts["hz_chief_technician_2021"]
    assert chief.verdict == "not_eligible"
    assert session.profile.get("skill_level") == "none" and session.profile.get("union_member") is True
