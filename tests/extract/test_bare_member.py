"""A phone-typed message lists facts as bare words ("63年的 会员 中国人"); a clause that is only 会员 is the union
membership these honours ask about. A member of something named ("协会会员") is not."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["做铆工，会员，中国人", "做铆工 是会员的", "在萧山做电工 我也是会员"])
def test_a_bare_member_clause_is_the_union(text):
    assert extract(text, TODAY).profile.get("union_member") is True


@pytest.mark.parametrize("text", ["我是协会会员，做铆工", "我们小区业主群里都是会员"])
def test_a_member_of_something_named_is_not(text):
    assert "union_member" not in extract(text, TODAY).profile
