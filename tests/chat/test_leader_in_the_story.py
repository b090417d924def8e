"""领导 who acts in the asker's story ("领导让我先摸摸底", "光领导定了不行", "领导说…") is someone else, no kind of
applicant: the conditions table's management row does not read it, so a procedure question told around it is
answered as one, not as "管理岗位人员 不能报" (conditions.toml, management)."""

from __future__ import annotations

import pytest

from assistant.chat.rules.conditions import attributes


def _management():
    return next(a for a in attributes() if a.key == "management")


@pytest.mark.parametrize("said", ["领导让我先摸摸底", "光领导定了不行", "领导说今年要报两个", "领导同意了", "领导叫我来问问"])
def test_a_leader_who_acts_is_no_kind_of_applicant(said):
    assert not _management().ask.search(said)


@pytest.mark.parametrize("said", ["我是车间领导，能报吗", "我现在当领导了", "领导能不能报", "我们领导岗的能报吗"])
def test_a_leader_said_of_the_applicant_still_is(said):
    assert _management().ask.search(said)

