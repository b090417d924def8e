"""What a yes/no thing is asked of is matched by its class, not its letters: a level ("设区市", "区县") is judged by
chat.rules.levels once a unit answers, and a body ("人社部门") is any body of its kind ("各市人力社保部门"). The phrasings
are not rows of the eval sets or the probes."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.things import holding_units, thing
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever


@pytest.fixture(scope="module")
def deps():
    return make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))


@pytest.mark.parametrize(("question", "program", "clause"), [
    ("浙派工匠设区市人社部门审核完还要不要公示？", "zj_craftsman_2023", "zj_craftsman_2023#四/(二)/2"),
    ("首席技师区县人社部门推荐时需不需要请专家评议？", "hz_chief_technician_2021", "hz_chief_technician_2021#三/(二)"),
])
def test_a_thing_asked_of_a_level_and_a_body_is_held_by_a_sentence_naming_its_kind(question, program, clause, deps):
    asked = thing(question)
    assert any(cid == clause for cid, _ in holding_units(deps.corpus, program, asked))
    answer = respond(Session(), question, deps)
    assert any(c.clause_id == clause for c in answer.citations)


def test_a_body_of_another_kind_still_narrows(deps):
    asked = thing("浙派工匠设区市总工会审核完还要不要公示？")
    assert not any(cid == "zj_craftsman_2023#四/(二)/2"
                   for cid, _ in holding_units(deps.corpus, "zj_craftsman_2023", asked))


@pytest.mark.parametrize(("word", "text", "held"), [
    ("天数", "公示时间不少于 5个工作日", True),
    ("字数", "（600字以内，详细材料请另附）", True),
    ("年限", "在杭全职工作1年以上", True),
    ("年限", "计算时间截至 2026 年 3 月 31 日", False),   # a year's date counts no years
    ("天数", "进行社会公示，接受公众监督", False),
])
def test_a_count_s_noun_is_held_by_a_number_in_its_units(word, text, held):
    from assistant.chat.rules.things import _present

    assert _present(word, text) is held


def test_a_limit_asked_as_a_count_s_noun_is_answered_by_the_sentence_counting_it(deps):
    answer = respond(Session(), "浙派工匠本单位那轮公示，对天数有没有要求？", deps)
    assert "5个工作日" in answer.text
    assert any(c.clause_id == "zj_craftsman_2023#四/(二)/1" for c in answer.citations)
