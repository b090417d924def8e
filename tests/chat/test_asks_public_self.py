"""Two asks answered by one sentence, materials lists, publication questions and self-application
(chat/rules/factual.py parts, quotes listing, things outcome words, chat/rules/self_apply.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import classify
from assistant.chat.rules.self_apply import asks_self_application
from assistant.chat.rules.things import holding_units, thing
from assistant.chat.turn import make_deps, respond
from assistant.notices.tree import load_corpus
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize("question", [
    "第四届数字工匠要交哪些材料，交到哪里？",
    "第四届数字工匠的材料有哪些？送到哪儿？",
    "第四届数字工匠需要准备什么材料，报送到哪里",
])
def test_one_sentence_answers_both_asks_without_a_false_silence(deps, question):
    answer = respond(Session(), question, deps)
    assert "没有写明" not in answer.text
    assert answer.text.count("报送至市总工会经济工作部") == 2


@pytest.mark.parametrize(("question", "listing"), [
    ("要交哪些材料", True), ("首席技师需要准备什么材料？", True), ("要交哪几份表", True),
    ("证书复印件要交吗？", False), ("材料交到哪里", False),
])
def test_a_materials_list_question(question, listing):
    assert classify(question, vectors=False).listing is listing


def test_a_materials_list_quotes_the_sentence_naming_the_papers(deps):
    answer = respond(Session(), "首席技师需要准备什么材料？", deps)
    assert "《杭州市首席技师认定申报表》" in answer.text.splitlines()[0]


@pytest.mark.parametrize(("question", "program", "held"), [
    ("首届数字工匠的认定结果会公开发布吗？", "hz_digital_craftsman_2023", True),  # 认定发布会
    ("首届数字工匠的名单会公布吗？", "hz_digital_craftsman_2023", True),  # 社会公示
    ("浙派工匠名单会公布吗？", "zj_craftsman_2023", True),  # 报请省政府批准公布
    ("浙派工匠的评审专家名单会不会公开？", "zj_craftsman_2023", False),  # the experts' list is not the outcome
])
def test_publication_is_held_where_the_notice_says_it(question, program, held):
    assert bool(holding_units(load_corpus(), program, thing(question))) is held


@pytest.mark.parametrize("question", ["可以个人自己报名吗", "浙派工匠能自荐吗？", "首届数字工匠个人能直接申报吗？",
                                      "第四届数字工匠可以自己报吗，还是必须单位推荐？"])
def test_self_application_is_recognised(question):
    assert asks_self_application(question)


@pytest.mark.parametrize(("question", "clause", "says"), [
    ("浙派工匠能自荐吗？", "zj_craftsman_2023#四/(二)", "没有写明个人可以自荐"),
    ("首届数字工匠个人能直接申报吗？", "hz_digital_craftsman_2023#三", "没有写明个人可以自荐"),
    ("首席技师可以个人自己报名吗？", "hz_chief_technician_2021#三/(一)", "由个人向单位自荐"),
    ("杭州工匠个人能自荐吗", "hz_craftsman_2016#四/(四)", "自荐报名"),
])
def test_self_application_is_answered_from_the_recommendation_clauses(deps, question, clause, says):
    answer = respond(Session(), question, deps)
    assert says in answer.text
    assert answer.citations[0].clause_id == clause


def test_self_application_with_no_programme_answers_for_each(deps):
    answer = respond(Session(), "可以个人自己报名吗", deps)
    assert {c.clause_id.split("#")[0] for c in answer.citations} == {
        "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021",
        "zj_craftsman_2023"}
