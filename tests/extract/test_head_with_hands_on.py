"""A head's post said with the speaker's own hands still on the work in a later clause ("当副总经理，分管技术，自己还
在写核心代码") is not read as management: a hard "no" on the front-line rules where the words leave the post open.
A head whose hands are said to be off the work ("主要管人") stays management."""

from __future__ import annotations

import datetime as dt

from assistant.extract import extract
from assistant.extract.roles import hands_later
from assistant.extract.text import segments

TODAY = dt.date(2026, 11, 21)


def _current(text):
    return [s for s in segments(text) if s.current]


def test_hands_on_said_later_leaves_the_head_open():
    assert hands_later(_current("我在一家数据公司当副总经理，分管技术，自己还在写核心代码"), 0)


def test_hands_off_said_anywhere_keeps_the_head():
    assert not hands_later(_current("我是车间副主任，主要管人，偶尔自己也上手"), 0)


def test_a_head_with_hands_on_is_not_management():
    said = extract("我在一家市属国企的数据公司当副总经理，分管技术，自己还在写核心代码", TODAY).profile
    assert said.get("role_type") != "management"


def test_a_head_with_hands_off_is_management():
    assert extract("我是车间副主任，主要管人，很少自己上手", TODAY).profile.get("role_type") == "management"


def test_own_technical_work_told_with_also_leaves_the_executive_open():
    # the work is read by jobs.technical_work ("写点代码"), not by a verb list of the hands (上/干/修…)
    for said in ("我是副总经理 分管技术这块 但自己也还写点代码", "我是副总经理，分管技术，自己也还写代码"):
        assert extract(said, TODAY).profile.get("role_type") != "management", said


def test_an_executive_heading_sales_stays_management():
    assert extract("我是公司副总 管销售", TODAY).profile.get("role_type") == "management"
