"""A reply that opens with a bare yes or no and then tells something else ("是 不过我在杭州才干了两年"): the yes or no
answers the yes/no question asked, however short the rest, and the rest is read as any message is."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import bare_head, read_reply
from tests.chat_support import talk as _talk

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, head", [
    ("是 不过我在杭州才干了两年", "是"), ("不是，我18年才来杭州的", "不是"), ("是的 我在滨江 这行干了九年", "是的"),
    ("应该不是吧，听说还有高级技师", "应该不是吧"), ("是", None), ("是会员", None), ("我是外包的，没工会", None),
])
def test_the_bare_head(text, head):
    assert bare_head(text) == head


@pytest.mark.parametrize("text, value", [
    ("是 不过我在杭州才干了两年", True), ("不是 我18年才来杭州的", False), ("是的 我在滨江 这行干了九年", True),
    ("是，不过刚来", True),
])
def test_the_head_answers_a_yes_no_question_in_a_short_reply(text, value):
    assert read_reply("union_member", text, TODAY) == {"union_member": value}


@pytest.mark.parametrize("text", ["是，会员", "是的，高级工", "是，在宁波"])
def test_a_yes_beside_another_topic_or_a_bare_value_is_not_read_as_this_one(text):
    assert read_reply("is_highest_level_of_occupation", text, TODAY) == {}


def test_both_the_yes_and_the_fact_after_it_are_kept(deps):
    session, _ = _talk(deps, "第四届数字工匠，我在余杭做平台运维，干了六年，一线技术岗，没评过什么荣誉称号",
                       "是 不过我在杭州才干了两年")
    assert session.profile["union_member"] is True
    assert session.profile["years_full_time_in_hangzhou"] == 2
