""""我是厂长 也是高级技师": a grade held after a head's post says nothing of hands on the work, so the post stays
management; "我是老板 也修车" still leaves it open (the hands are on the work)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "role"), [
    ("我是厂长 也是高级技师 能报首席技师吗", "management"),
    ("我是厂长，也是高级技师", "management"),
    ("我是老板 也修车", None),
])
def test_a_grade_after_a_head_is_no_hands_on(text, role):
    assert extract(text, TODAY).profile.get("role_type") == role
