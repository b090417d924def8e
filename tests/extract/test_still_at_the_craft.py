"""A clause saying one still does the trade's hands-on work by its own verb ("现在还在绣") is front-line work (blind
batch ak el-ak116: "在杭州干杭绣…现在还在绣" left the front-line rule open and the eligible case went to review)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, role", [
    ("我老婆在杭州干杭绣 干了六年 现在还在绣", "frontline_technical"),
    ("我在厂里做焊工 现在还在焊", "frontline_technical"),
    ("她现在还在亲手雕", "frontline_technical"),
    ("我原来是车间主任 现在还在干", None),  # 干 says one still works, not how
    ("现在还在做", None),
    ("我以前做过木雕 现在不雕了", None),
])
def test_still_at_the_craft(text, role):
    assert extract(text, TODAY).profile.get("role_type") == role
