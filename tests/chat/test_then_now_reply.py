"""A yes/no reply telling the state before and now ("以前是 后来退了"): the state now answers
(chat.case.then_now, read by chat.case.replies)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import read_reply
from assistant.chat.case.then_now import left_it, now_said

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("said", "member"), [
    ("以前是 后来退了", False),
    ("原来是的，现在不交了", False),
    ("原来不是 现在入了", True),
    ("以前没有 去年刚入", True),
    ("之前不是 后来单位统一入了", True),
    ("是的", True),  # no then and now: as before
])
def test_the_state_now_answers(said, member):
    assert read_reply("union_member", said, TODAY) == {"union_member": member}


def test_the_readers():
    assert now_said("以前是，后来退了") == "后来退了"
    assert now_said("后来退了") is None  # no state before told
    assert now_said("现在是，以前也是") is None  # the now comes first: nothing set against it
    assert left_it("后来退了") and not left_it("后来入了")
