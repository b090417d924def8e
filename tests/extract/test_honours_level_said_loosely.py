"""An honour's level said loosely before it ("市里的技术能手", "省里评的劳模", "评上过市劳模", "全市的五一劳动奖章"): the
listed honour at that level. Before, only 杭州市…/浙江省…/市技术能手 were heard, and 市劳模 not at all. A district's or a
county's stays below the listed levels."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "kind", "level"), [
    ("市里的技术能手，前年评的", "杭州市技术能手", "municipal"),
    ("省里评的劳模", "浙江省劳动模范", "provincial"),
    ("评上过市劳模", "杭州市劳动模范", "municipal"),
    ("全市的五一劳动奖章拿过", "杭州市五一劳动奖章", "municipal"),
    ("省级技术能手", "浙江省技术能手", "provincial"),
])
def test_level_said_loosely(text, kind, level):
    awards = extract(text, TODAY).profile.get("awards")
    assert awards and awards[0]["kind"] == kind and awards[0]["level"] == level


@pytest.mark.parametrize("text", ["区里的技术能手", "县里评的劳模", "区里评过先进"])
def test_below_the_listed_levels(text):
    assert not extract(text, TODAY).profile.get("awards")
