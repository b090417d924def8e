"""A conditions answer (the rules table's rows on an attribute) answers a yes/no question only when the thing asked
is held by some unit of the asked notice, after the words the attribute reads by its class (chat/rules/stated.py
``unstated_thing``): "要不要计算机等级证书" names 等级证书, which the skill rows quote, but no sentence says 计算机."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.stated import unstated_thing
from assistant.chat.turn import make_deps, respond
from assistant.notices.tree import load_corpus
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)
SKILL = re.compile("等级|证书|职业资格|技能等级|职称")
CT, ZJ, D26 = "hz_chief_technician_2021", "zj_craftsman_2023", "hz_digital_craftsman_2026"


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize("question", [
    "首席技师要不要计算机等级证书",  # skill rows quote 技师…证书; nothing says 计算机
    "浙派工匠要不要英语或者计算机等级证书",
    "第四届数字工匠的证书是市长颁发吗",  # 证书 read as a skill certificate; nothing says 市长颁发
    "浙派工匠的证书是省长签发的吗",  # "是…的吗" asserts no value: asked of a thing as a question is
])
def test_a_rows_answer_gives_way_when_no_unit_holds_the_thing(deps, question):
    answer = respond(Session(), question, deps)
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text


@pytest.mark.parametrize("question", [
    "浙派工匠在校老师能不能被推荐？",  # 老师 is the teacher attribute's word: 院校、教师 answers
    "我们公司是外资的，首席技师对外企员工有没有限制",  # 外企 is an ownership: 各类所有制 answers
    "退休返聘的老师傅还能被推荐浙派工匠吗",  # 老师傅 is whom it is asked of, said before the yes/no word
])
def test_words_the_attribute_reads_by_class_are_accounted(deps, question):
    answer = respond(Session(), question, deps)
    assert answer.citations, answer.text


def test_unstated_thing_reads_the_rest_of_the_thing():
    corpus = load_corpus()
    said = unstated_thing(corpus, "首席技师要不要计算机等级证书", (CT,), yes_no_form=True, asserting=False,
                          accounted=SKILL)
    assert said is not None and said.words == ("计算机",)
    # held: 技师 and 证书 are the skill rows' own words, nothing is left to hold
    assert unstated_thing(corpus, "首席技师要不要技师证书", (CT,), yes_no_form=True, asserting=False,
                          accounted=SKILL) is None
    # a premise is checked against its sentence, not here
    assert unstated_thing(corpus, "首席技师要计算机等级证书吧", (CT,), yes_no_form=True, asserting=True,
                          accounted=SKILL) is None


def test_the_silence_names_the_thing_without_the_programmes_de(deps):
    answer = respond(Session(), "浙派工匠的证书是省长签发的吗", deps)
    assert "没有写明证书是否省长签发" in answer.text, answer.text
