"""Posts said in everyday words (employer19): the head of a whole company is management, and with the hands said to
be on the work too it is asked, not read as the front line; a move to running a part of the business is management;
the title of a graded occupation of hands-on work is a front-line post."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.jobs import role_of
from assistant.extract.post_words import executive, hands_on_title

TODAY = dt.date(2026, 12, 7)


def _role(text: str) -> str | None:
    return extract(text, TODAY).profile.get("role_type")


@pytest.mark.parametrize(("text", "role"), [
    ("我在一家阀门厂当副总经理", "management"),
    ("我是公司的生产副总，天天开会", "management"),
    ("我是技术副总，不过自己还经常下车间修模具", None),  # a head with hands on the work: asked
    ("本人是副总，分管质量，自己也天天上线抽检", None),
    ("我是副总工程师，天天在现场调试", "frontline_technical"),  # 副总工程师 is a technical rank, not an executive
])
def test_company_heads(text, role):
    assert _role(text) == role


@pytest.mark.parametrize("text", ["老钳工了，2021年调去管生产了", "原先开铣床，后来调到车间管质量了"])
def test_a_move_to_running_the_business_is_management(text):
    assert _role(text) == "management"


def test_a_move_to_running_the_technique_is_not_decided_as_management():
    assert _role("2018年调去管技术了") != "management"


@pytest.mark.parametrize(("title", "hands_on"), [
    ("养老护理员", True), ("我是一名化验员", True), ("输电线路巡检工", True), ("设备检修工", True),
    ("文员", False), ("计划员", False), ("仓管员", False), ("统计员", False), ("安全员", False),
])
def test_hands_on_titles(title, hands_on):
    assert hands_on_title(title) is hands_on
    assert (role_of(title) == "frontline_technical") is hands_on or not hands_on


@pytest.mark.parametrize(("text", "head"), [("总经理", True), ("副总工程师", False), ("总经理助理", False), ("CTO", True)])
def test_executive_words(text, head):
    assert bool(executive(text)) is head


@pytest.mark.parametrize(("reply", "post"), [
    ("管生产的", "management"), ("去年调去管车间了", "management"), ("副总，分管质量", "management"),
    ("技术副总，但也常下车间", "open"), ("管项目，自己也上手", "open"),
    ("仓管", "administrative"), ("我是化验员", "frontline_technical"),
    ("管生产设备的维修", None), ("管线维修", None), ("一线，天天开机床", None),
])
def test_post_in_words(reply, post):
    from assistant.extract.post_words import post_in_words

    assert post_in_words(reply) == post


@pytest.mark.parametrize(("reply", "role"), [
    ("管生产的", "management"), ("前年调去管生产了", "management"), ("仓管", "administrative"),
    ("技术副总，但也常下车间", None),  # no answer: the post stays asked
])
def test_reply_to_the_post_question(reply, role):
    from assistant.chat.case.replies import read_reply

    assert read_reply("role_type", reply, TODAY).get("role_type") == role
