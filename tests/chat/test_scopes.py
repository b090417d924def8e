"""A unit said of one kind of applicant ('自由职业者应通过…行业协会…原件校验后退回') answers only a question that
speaks of that kind; a general question is answered by the general rule ('上级部门校验后，将原件退回')."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.scopes import KINDS, general_first, scoped_away, scoped_kind
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)
FREELANCE = ("自由职业者应通过相应的行业协会组织进行推荐。行业协会在进行推荐时，应对佐证材料的原件进行校验（原件校验后退回)，"
             "并组织专家评议。推荐人员应在协会内进行公示，征求会员意见。")


@pytest.mark.parametrize(("unit", "kind"), [
    (FREELANCE, "自由职业者"),
    ("推荐事业身份人员的,优先推荐本单位数字专员。", "事业身份人员"),
    ("计划认定首届“杭州数字工匠”50名、“杭州数字工匠”提名奖10名（获得提名奖的人员今后可继续参评“杭州数字工匠”）。", None),
    ("上级部门校验后，将原件退回。", None),
    ("符合条件的自由职业者也可申请认定。", "自由职业者"),  # its subject names the kind
])
def test_a_unit_is_said_of_the_kind_its_subject_names(unit, kind):
    found = scoped_kind(unit)
    assert (found.name if found else None) == kind


@pytest.mark.parametrize(("question", "away"), [
    ("首席技师佐证材料原件交上去还会还回来吗", True),
    ("我是自由职业的，原件交给协会还退不退", False),
    ("没单位的接活师傅报首席技师原件给谁看", False),
])
def test_a_question_not_speaking_of_the_kind_leaves_its_unit_aside(question, away):
    assert scoped_away(question, FREELANCE) is away


def test_general_first_keeps_order_otherwise():
    units = [FREELANCE, "上级部门校验后，将原件退回。", "佐证材料原件须报送上级部门校验。"]
    assert general_first("原件会退回吗", units, quote=lambda u: u) == units[1:] + units[:1]
    assert general_first("自由职业者原件会退回吗", units, quote=lambda u: u) == units


def test_every_kind_names_itself_in_a_subject_and_an_ask():
    for kind in KINDS:
        assert kind.name and kind.notice and kind.asker


def test_a_general_question_on_originals_is_answered_by_the_general_rule():
    answer = respond(Session(), "首席技师佐证材料原件交上去还会还回来吗", make_deps(retriever=KeywordRetriever(), today=TODAY))
    assert answer.citations[0].clause_id == "hz_chief_technician_2021#三/(一)", answer.text
    assert "将原件退回" in answer.text
