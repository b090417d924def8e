"""The yes/no word inside a token jieba made up (人会), a document's name that tells no one (遴选通知), and a
procedure question asked as yes or no (有没有答辩环节): the thing is read, and a notice that never says it is
silent on it (chat/rules/things.py, chat/rules/factual_pick.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.things import holding_units, thing
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize(("question", "word"), [
    ("杭州工匠落选的人会通知吗", "通知"),  # jieba: 人会 / 通知
    ("没评上首席技师的人会收到通知吗", "收到"),
    ("第四届数字工匠评上的人能拿奖金吗", "奖金"),  # 人 / 能 apart already: unchanged
])
def test_a_yes_no_word_inside_a_made_up_token_is_read(question, word):
    found = thing(question)
    assert found is not None and word in found.words


@pytest.mark.parametrize("question", [
    "技能大师工作室能报吗",  # 技能 is a dictionary word: its 能 begins no yes/no word, and applying is no thing
    "主要事迹要求是什么",
])
def test_a_dictionary_word_keeps_its_characters(question):
    assert thing(question) is None


def test_a_documents_name_holds_no_being_told(corpus):
    # 浙派 四/(一) "遴选通知。由省人力社保厅部署通知…" names a document; it tells no one that they failed
    assert not holding_units(corpus, "zj_craftsman_2023", thing("浙派工匠没选上的人会通知单位吗"))


@pytest.mark.parametrize(("question", "contact"), [
    ("杭州工匠落选的人会通知吗", "hzzgjx"),
    ("浙派工匠没选上的人会通知单位吗", "人力资源和社会保障厅"),
    ("首席技师评审有没有答辩环节", "87258538"),  # typed a procedure (环节), asked yes or no
])
def test_silent_first_with_the_contact_and_no_citation(deps, question, contact):
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert "没有写明" in first and contact in answer.text
    assert not answer.citations


def test_a_step_the_notice_names_is_still_answered(deps):
    answer = respond(Session(), "第四届数字工匠要不要经过初审", deps)
    assert answer.citations and "没有写明" not in answer.text.splitlines()[0]


@pytest.mark.parametrize(("question", "word"), [
    ("首届数字工匠发布会邀请家属参加吗", "家属"),  # no yes/no word but 吗: whether what it says holds
    ("杭州工匠党员优先吗", "党员"),
])
def test_a_question_with_only_ma_asks_whether_it_holds(question, word):
    found = thing(question)
    assert found is not None and word in found.words and "发布是否" not in found.label


def test_a_step_said_with_only_ma_is_still_answered(deps):
    answer = respond(Session(), "浙派工匠是省政府批准吗", deps)
    assert answer.citations and "没有写明" not in answer.text.splitlines()[0]


def test_where_a_meeting_is_held_is_a_venue(deps):
    answer = respond(Session(), "首席技师的评审会在哪里开", deps)
    assert "没有写明具体地点" in answer.text.splitlines()[0] and not answer.citations
