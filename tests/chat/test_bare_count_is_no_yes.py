"""A bare count in words ("八", "十二", "三个") said to a yes/no question is a count meant for another question,
not a yes (chat.case.replies._polarity)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import read_reply

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("said", ["八", "十二", "三个", "两", "二十多"])
def test_a_count_answers_no_yes_no(said):
    assert read_reply("union_member", said, TODAY) == {}


@pytest.mark.parametrize(("said", "value"), [("有", True), ("入了", True), ("没入", False), ("一直是", True)])
def test_short_answers_still_answer(said, value):
    assert read_reply("union_member", said, TODAY) == {"union_member": value}
