"""A bare "无" to "您是工会会员吗？" says the asker is no member: no list question was asked, so it denies the belonging
asked. With a list question asked beside it ("没有请填“无”"), "无" answers the list; and to a question of being or
doing ("您是否从事数字经济行业工作？") it says nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))


def test_none_to_the_union_question_alone_is_no(deps):
    session = Session()
    first = respond(session, "首届数字工匠 我在余杭做税务发票系统的开发 2015年开始 一直在杭州 民企 "
                             "2022年杭州市科学技术进步奖三等奖我排第一 没评过工匠", deps)
    assert [q["field"] for q in first.questions] == ["union_member"]
    respond(session, "无", deps)
    assert session.profile.get("union_member") is False


def test_none_with_a_list_question_asked_answers_the_list(deps):
    session = Session()
    first = respond(session, "第四届数字工匠 我在临平一家做智能家居APP的小公司 写安卓 干了七年了 一直在杭州", deps)
    asked = [q["field"] for q in first.questions]
    assert "prior_titles" in asked and "union_member" not in asked
    respond(session, "无", deps)
    assert session.profile.get("prior_titles") == [] and "union_member" not in session.profile
