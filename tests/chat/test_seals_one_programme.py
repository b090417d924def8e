"""Which bodies seal a form, asked of one programme ('推荐表填完要哪几家盖章', '申报表要盖几个章'), is answered by its
form's rows as for two programmes; whether one seal is needed ('要单位盖章吗', '不用盖章吧') is left to the rules."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.seals import asks_which_seals
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("question", "which"), [
    ("第四届数字工匠那个推荐表填完要哪几家盖章", True),
    ("首席技师申报表要盖几个章", True),
    ("杭州工匠申报表哪些单位要盖章", True),
    ("首席技师申报表由谁盖章", True),
    ("报首席技师申报表要单位盖章吗", False),
    ("第四届推荐表不用单位盖章吧", False),
    ("浙派工匠的佐证材料要盖章吗", False),
])
def test_which_seals_is_asked(question, which):
    assert asks_which_seals(question) is which


def test_one_programmes_seal_rows_answer():
    answer = respond(Session(), "第四届数字工匠那个推荐表填完要哪几家盖章",
                     make_deps(retriever=KeywordRetriever(), today=TODAY))
    assert "所在单位意见" in answer.text and "区县(市)总工会" in answer.text, answer.text
    assert {c.clause_id for c in answer.citations} == {"hz_digital_craftsman_2026#附件"}
