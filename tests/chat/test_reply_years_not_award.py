"""A reply to the years question that names an award ("拿过市五一劳动奖章") gives no time at work: the 五一 of the award
is no May; a count said in a clause of its own beside it still answers."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import read_reply

TODAY = dt.date(2026, 11, 21)
FIELD = "years_full_time_in_hangzhou"


@pytest.mark.parametrize("reply", ["拿过市五一劳动奖章", "得过五一劳动奖章", "2019年拿的奖"])
def test_an_award_is_no_count(reply):
    assert read_reply(FIELD, reply, TODAY) == {}


@pytest.mark.parametrize("reply, years", [("三年，拿过区里的奖", 3.0), ("七年", 7.0), ("两年半", 2.5)])
def test_a_count_still_answers(reply, years):
    assert read_reply(FIELD, reply, TODAY)[FIELD] == years
