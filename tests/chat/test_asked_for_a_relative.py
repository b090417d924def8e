"""Asking for a relative with the frame of asking before them ("我想问下我老婆能不能评…", "我想咨询一下我爸…") is a
check of that person, as "我老婆能评…吗" is (was: a refusal "通知没有写明老婆能否申报", a stray quote, or the
contact); and a bare yes opening a reply to the achievements question, with no deed after it ("是的 一直在浙江"),
is no deed and no apprentices (found asking as a new applicant, round twenty)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import read_reply
from assistant.chat.case.state import Session
from assistant.chat.rules.counts_as import told_kind
from assistant.chat.turn import respond

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("message", ["你好 我想问下我老婆能不能评浙派工匠", "我想咨询一下我老婆能不能评浙派工匠",
                                     "我想问下我爸能不能评杭州工匠", "请问我师傅能报首席技师吗"])
def test_a_relative_asked_for_is_checked(deps, message):
    a = respond(Session(), message, deps)
    assert a.verdicts, a.text[:120]


def test_a_relative_is_no_kind_of_person_but_a_post_and_a_kind_are():
    assert told_kind("我想问下我老婆能不能评浙派工匠") is None
    assert told_kind("车间主任能不能报首席技师") is not None
    assert told_kind("台胞能不能参评浙派") is not None


@pytest.mark.parametrize("field", ["achievements", "trained_apprentices"])
def test_a_bare_yes_with_no_deed_after_it_answers_nothing(field):
    assert read_reply(field, "是的 一直在浙江", TODAY) == {}
    assert read_reply(field, "带了五个徒弟 都成了骨干", TODAY)


def test_a_yes_with_a_deed_after_it_is_the_deed():
    assert read_reply("achievements", "是的 带了五个徒弟 都成了骨干", TODAY)
