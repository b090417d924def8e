"""A case told, then an ask naming nothing but programmes ("她想问老的杭州工匠跟那个首席技师", "问下首席技师 我是…")
is a check of that case under them, not a side-by-side of the two notices or a value looked up; "二零零几年" in the
case asks nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.routing import asks_about_programmes
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever


@pytest.mark.parametrize(("text", "about"), [
    ("她想问老的杭州工匠跟那个首席技师", True),
    ("问下首席技师", True),
    ("想问问浙派工匠", True),
    ("我想问一下第四届数字工匠的材料", False),
    ("想问下首席技师的名额", False),
    ("我问过首席技师", False),
])
def test_an_ask_naming_only_programmes(text, about):
    assert asks_about_programmes(text) is about


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))


def test_a_case_then_two_programmes_is_checked_under_both(deps):
    answer = respond(Session(), "我妈七二年的 在萧山一个小作坊做红木算盘 打珠子穿档全是手工的 九零年就做这个了 一直在萧山 "
                                "会员 中国人 比赛没比过 啥证书都没有 她想问老的杭州工匠跟那个首席技师", deps)
    assert {v.program for v in answer.verdicts} == {"hz_craftsman_2016", "hz_chief_technician_2021"}, answer.text


def test_a_case_told_after_asking_about_a_programme_is_checked(deps):
    answer = respond(Session(), "问下首席技师 我是自由职业的 自己在拱墅开了个古瓷修复工作室 锔瓷 补釉 文物修复师技师一八年拿的证 "
                                "二零零几年开始做的 碎成三十几片的碗我也能锔回去 行里都晓得 没比过赛 也没评过啥首席", deps)
    assert [v.program for v in answer.verdicts] == ["hz_chief_technician_2021"], answer.text
