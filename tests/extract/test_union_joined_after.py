"""A denial of membership said of a time before now ends with a joining said beside it: blind batch y dev qa-900's
"我是今年八月份才入的工会，之前一直没入" was read as both a member and not one, and the checker answered 杭州工匠
"不对，不能。不是工会会员"."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我是今年八月份才入的工会，之前一直没入", "八月份才入的工会，以前没入过"])
def test_joined_after_a_time_without(text):
    got = extract(text, today=TODAY)
    assert got.profile.get("union_member") is True and not got.contradictions


@pytest.mark.parametrize("text", ["以前没入过工会", "当时没入工会", "工会我没入过"])
def test_a_past_denial_alone_is_still_no(text):
    assert extract(text, today=TODAY).profile.get("union_member") is False
