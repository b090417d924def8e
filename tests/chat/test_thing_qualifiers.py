"""What a yes/no thing is asked of is matched by its class, not its letters: a level ("设区市", "区县") is judged by
chat.levels once a unit answers, and a body ("人社部门") is any body of its kind ("各市人力社保部门"). The phrasings
are not rows of the eval sets or the probes."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.state import Session
from assistant.chat.things import holding_units, thing
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
