"""A message that only turns the talk to another person ("那说说我徒弟", "换个人问问，我一个同事") says no fact of
them: the 徒弟 named is who they are, not a 带徒 record, and the asker's facts are set aside."""

from __future__ import annotations

import pytest

from assistant.chat.case.switches import switch_only
from tests.chat_support import talk as _talk

OPENING = "我是杭州锅炉厂的焊工高级技师，焊了25年，一直一线，浙派工匠能报吗"


@pytest.mark.parametrize("text", [
    "那说说我徒弟", "换个人问问，我一个同事", "我还想问问我爱人的", "那我带的那个徒弟呢", "先不说我了，说说我们店里的小王",
    "我徒弟能不能报？", "帮我徒弟也问一下吧", "那帮我徒弟看看呢", "我徒弟的情况跟你说一下", "说说我师兄吧", "再问问我师傅",
])
def test_turning_words_and_a_person_only(text):
    assert switch_only(text)


@pytest.mark.parametrize("text", [
    "我老婆在下沙做质检", "我徒弟拿了省赛第一", "我带了五个徒弟", "那我自己呢", "我的徒弟也带了不少", "我师傅退休了",
    "我小时候学的木工",
])
def test_a_fact_said_of_them_is_no_bare_switch(text):
    assert not switch_only(text)


@pytest.mark.parametrize("turn", ["那说说我徒弟", "换个人问问，我一个同事", "那我带的那个徒弟呢"])
def test_the_person_turned_to_has_no_facts_yet(deps, turn):
    session, _ = _talk(deps, OPENING, turn)
    assert session.subject == "他"
    assert not {k for k in session.profile if k != "facts_as_of"}  # no 带徒 from the word 徒弟, none of the asker's


def test_their_facts_told_next_are_theirs(deps):
    session, answers = _talk(deps, OPENING, "换个人问问，我一个同事", "他是车工，高级工")
    assert session.profile["skill_level"] == "高级工" and "years_in_field" not in session.profile
    assert {v.program: v.verdict for v in session.last_verdicts}["zj_craftsman_2023"] == "not_eligible"
