"""A content ask of the form a paper takes ("推荐报告要按什么格式写") is answered only by a unit saying that form in a
clause naming the paper (chat/rules/stated.py ``_form_pick``, the answer-type table's ``form_heads``); the sentence that
only names the paper is no answer, and with no such unit the notice is silent."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import table
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize("question", [
    "首席技师的认定推荐报告要按什么格式写",  # 三/(一) names 《认定推荐报告》, no form of it
    "第四届数字工匠推荐表的主要事迹用什么字体",
    "浙派工匠申报材料的封面用什么颜色",
])
def test_a_form_no_unit_states_is_silent(deps, question):
    answer = respond(Session(), question, deps)
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text


def test_the_unit_stating_the_form_answers(deps):
    """The 汇总表's cell 格式： 19xx-07 answers, not the sentence listing the 汇总表 among the papers."""
    answer = respond(Session(), "首席技师推荐申报人员汇总表，出生年月那栏写成啥格式？", deps)
    assert answer.citations and "19xx-07" in answer.citations[0].quote, answer.text


def test_a_count_like_form_is_left_to_its_number():
    # "照片要什么尺寸" is answered by 2寸, a count's value: 尺寸 is not a form head
    assert "尺寸" not in table()["thing"]["form_heads"].split("|")
