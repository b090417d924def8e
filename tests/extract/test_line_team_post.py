"""A post that leads a team on the line itself (班长, 组长, 领班, 拉长 …: ``roles.LINE_TEAM_POSTS``), said with one's own
hands still on the work, is the front line; said with the hands off it (主要管人，很少自己上手), management (ext14)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["虽说是班长，活儿还是跟大家一起干", "我是拉长，难的活都是我来"])
def test_a_line_teams_head_with_hands_on_is_the_front_line(text):
    assert extract(text, TODAY).profile.get("role_type") == "frontline_technical"


def test_a_line_teams_head_with_hands_off_is_management():
    assert extract("当了班组长，现在主要管人，很少自己上手", TODAY).profile.get("role_type") == "management"


def test_a_heads_post_joined_to_a_hands_on_one_is_not_management():
    # "老板兼师傅": the owner's post with the master's hands on the work: open, not plainly management
    assert extract("我就是老板兼师傅", TODAY).profile.get("role_type") != "management"
    assert extract("我是老板", TODAY).profile.get("role_type") == "management"
