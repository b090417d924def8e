"""A bare doing verb after the body asked for ("初审是哪个部门负责", "公示归哪个单位管") names no step: the step is
the one said before it, whose doer the notice may not name. The phrasings are not rows of the eval sets or the
probes."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.procedure_words import step_terms
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever


@pytest.mark.parametrize(("question", "step"), [
    ("数字工匠初审是哪个单位负责的", "初审"),
    ("首席技师的公示是哪个部门在管", "公示"),
    ("宣传工作是哪个部门负责", "负责"),      # no step said before it: the verb stands for the step
    ("谁负责组织评审", "评审"),
])
def test_the_step_is_the_one_said_before_a_bare_doing_verb(question, step):
    assert step_terms(question)[0] == step


def test_an_unnamed_doer_is_said_with_the_clause_that_is_the_step():
    deps = make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))
    answer = respond(Session(), "第四届杭州数字工匠的初审由哪个部门负责？", deps)
    assert "没有写明由哪个单位初审" in answer.text
    assert [c.clause_id for c in answer.citations][:1] == ["hz_digital_craftsman_2026#三/(二)/1/(1)"]


@pytest.mark.parametrize(("question", "step"), [
    ("浙派工匠形式初审是谁来审？", "初审"),  # 审 repeats the step named before it
    ("初审是谁审的", "初审"),
    ("评审专家由谁抽取", "抽取"),  # a verb of its own: that is the step
])
def test_a_verb_after_who_repeating_the_step_named_before_it_is_that_step(question, step):
    assert step_terms(question)[0] == step


def test_a_body_organising_the_clause_headed_by_the_step_does_it():
    """"（三）形式初审。省人力社保厅组织对…进行形式审查": the clause says the step in words of its own (审查)."""
    deps = make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))
    answer = respond(Session(), "浙派工匠形式初审由谁负责？", deps)
    assert "没有写明由哪个单位" not in answer.text
    assert [c.clause_id for c in answer.citations][:1] == ["zj_craftsman_2023#四/(三)"]
