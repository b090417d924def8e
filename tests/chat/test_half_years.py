"""A span of years said with a half is a count a premise asserts (chat/premise/hedged.py's plain)."""

from __future__ import annotations

import pytest

from assistant.chat.premise.counts import claims
from assistant.chat.premise.hedged import plain


@pytest.mark.parametrize(("text", "value"), [("在杭州干半年就够了吧", 0.5), ("在浙江做了一年半", 1.5), ("干了两年半", 2.5),
                                             ("3年半", 3.5)])
def test_a_half_year_is_counted(text, value):
    assert (value, "年") in claims(text)


@pytest.mark.parametrize("text", ["上半年就截止了吧", "下半年评", "干了大半年"])
def test_a_half_of_the_calendar_or_a_loose_most_is_no_count(text):
    assert "0.5年" not in plain(text)


def test_a_half_year_against_a_one_year_minimum_is_corrected(deps):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    first = respond(Session(), "第四届数字工匠在杭州干半年就够了吧", deps).text.splitlines()[0]
    assert first.startswith("不对") and "1年" in first
