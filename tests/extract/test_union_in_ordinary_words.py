"""Union membership said by what members have and do — the card, the dues, being one of the union's people, a post
in it — or denied by the card or the dues. Before, only 工会会员/入会/加入工会 were heard."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "member"), [
    ("会员证有的，总工会发的那个", True),
    ("工会卡我有", True),
    ("会费每月都从工资里扣", True),
    ("一直是工会的人", True),
    ("是工会委员", True),
    ("会费从来没交过", False),
    ("会员证没有办过", False),
])
def test_membership_in_ordinary_words(text, member):
    assert extract(text, TODAY).profile.get("union_member") is member


@pytest.mark.parametrize("text", ["工会推荐的", "没工会推荐能报吗"])
def test_the_union_as_a_recommender_is_no_membership(text):
    """A union that recommends says nothing of one's own membership."""
    assert "union_member" not in extract(text, TODAY).profile


def test_the_union_card_is_no_skill_certificate():
    assert "skill_level" not in extract("会员证没有办过", TODAY).profile
