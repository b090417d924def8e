"""A title followed by a clause saying what one still does ("车间副主任，平时也上机床"): the post is judged on both,
the clause after the title deciding, so a hands-on foreman is front-line and a manager in the workshop is not."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.slow
@pytest.mark.parametrize("text, role", [
    ("我是车间副主任，平时也上机床", "frontline_technical"),
    ("挂了个经理的名头，其实天天在一线修设备", "frontline_technical"),
    ("我是部门经理但还在带班干活", "frontline_technical"),
    ("我是车间主任，主要管人", "management"),
    ("我是分管技术的副厂长", "management"),
])
def test_the_clause_after_a_title_decides_the_post(text, role):
    assert extract(text, TODAY).profile.get("role_type") == role


@pytest.mark.parametrize("text", ["我们单位是参公管理的事业单位", "单位是参照公务员法管理的", "我在参公管理单位做运维"])
def test_how_the_employer_is_run_is_not_the_post(text):
    profile = extract(text, TODAY).profile
    # the work said ("做运维") may be the occupation; how the employer is run never is
    assert profile.get("role_type") != "management" and not re.search("参|管理", profile.get("occupation") or "")
