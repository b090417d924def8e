"""What an awardee is offered is said under the notice's reward heading, never by a form's field or a condition
of applying (chat/rules/factual.py, chat/rules/factual_pick.py, chat/things.asks_requirement)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.things import asks_requirement
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize(("question", "required"), [
    ("首席技师申报要交照片吗", True),
    ("需不需要单位盖章", True),
    ("首席技师有没有培训", False),
    ("落选的人会不会通知", False),
])
def test_requirement_or_offer(question, required):
    assert asks_requirement(question) is required


@pytest.mark.parametrize(("question", "silent_on"), [
    ("首席技师有没有培训", "培训"),  # only 附件2's field "(包括技术培训和进修)" says 培训
    ("浙派工匠评上了有没有培训机会", "培训"),  # only the units' condition (三/(二)/2) says 职工教育培训
])
def test_a_field_or_a_condition_offers_nothing(deps, question, silent_on):
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert "没有写明" in first and silent_on in first and not answer.citations


def test_a_forms_field_still_answers_what_is_required(deps):
    answer = respond(Session(), "首席技师申报要交照片吗", deps)
    assert answer.citations and "没有写明" not in answer.text.splitlines()[0]


def test_what_an_awardee_gets_comes_from_the_reward_heading(deps):
    answer = respond(Session(), "第四届数字工匠评上的人有没有培训", deps)
    assert [c.clause_id for c in answer.citations][:1] == ["hz_digital_craftsman_2026#四"]


@pytest.mark.parametrize("question", [
    "浙派工匠评审的时候要不要本人到场汇报",  # 汇报 is reporting, not applying (报)
    "第四届数字工匠评审要本人去做汇报吗",
])
def test_reporting_in_person_is_not_applying_oneself(deps, question):
    answer = respond(Session(), question, deps)
    assert "没有写明" in answer.text.splitlines()[0] and "自荐" not in answer.text and not answer.citations


@pytest.mark.parametrize("question", ["首席技师的证书丢了能补发吗", "杭州工匠证书要是弄丢了能补办吗"])
def test_replacing_a_lost_certificate_is_unsaid(deps, question):
    answer = respond(Session(), question, deps)
    assert "没有写明" in answer.text.splitlines()[0] and not answer.citations
