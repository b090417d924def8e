"""A round named and then the round now opening a later clause set the two side by side, no joiner needed
(chat/routing.py _set_beside)."""

from __future__ import annotations

import pytest

from assistant.chat.routing import detect_programs

D23, D26 = "hz_digital_craftsman_2023", "hz_digital_craftsman_2026"


@pytest.mark.parametrize("text", [
    "首届数字工匠滨江能推30个，这届滨江能推几个",
    "首届数字工匠要在杭全职干两年，这一届呢",
    "首届数字工匠是几号截止的？那本届呢",
])
def test_the_round_now_in_a_later_clause_is_the_other_side(text):
    assert set(detect_programs(text)[0]) >= {D23, D26}


@pytest.mark.parametrize("text", [
    "首届数字工匠这届评了几个",  # no clause of its own: about 首届 alone
    "首届数字工匠评了多少人？这届我能报吗",  # the asker's own case in the round now
])
def test_the_round_now_said_inside_or_of_the_asker_is_no_side(text):
    assert D26 not in detect_programs(text)[0]
