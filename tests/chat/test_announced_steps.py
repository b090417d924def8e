"""A section whose own lead announces its items as steps ('三、组织推荐 … 具体步骤如下：') is a procedure whatever its
title says: asked for the course, the answer lists its steps in order, as for a section titled 程序 or 阶段."""

from __future__ import annotations

import datetime as dt

from assistant.chat.case.state import Session
from assistant.chat.rules.steps import in_procedure, is_procedure
from assistant.chat.turn import make_deps, respond
from assistant.notices.tree import load_corpus
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


def test_a_section_announcing_steps_is_a_procedure():
    corpus = load_corpus()
    assert is_procedure(corpus.clause("hz_chief_technician_2021#三"))  # 组织推荐 … 具体步骤如下：
    assert in_procedure(corpus, "hz_chief_technician_2021#三/(二)")
    assert not is_procedure(corpus.clause("hz_chief_technician_2021#二"))  # 认定条件: conditions, not steps
    assert not is_procedure(corpus.clause("hz_craftsman_2016#三/(二)"))  # "符合下列条件之一：" lists conditions


def test_the_course_of_an_announced_procedure_is_listed_step_by_step():
    answer = respond(Session(), "首席技师的认定要走哪些步骤", make_deps(retriever=KeywordRetriever(), today=TODAY))
    cited = [c.clause_id for c in answer.citations]
    assert cited[:2] == ["hz_chief_technician_2021#三/(一)", "hz_chief_technician_2021#三/(二)"], answer.text


def test_a_step_is_quoted_whole_not_cut_mid_title():
    answer = respond(Session(), "首席技师的认定要走哪些步骤", make_deps(retriever=KeywordRetriever(), today=TODAY))
    # (二)'s line ends with where the papers go; cut at one quote's length it stopped inside "《杭"
    assert "报市人力社保局" in answer.text and "征求本单位员工意见" in answer.text, answer.text
    assert "《杭”" not in answer.text


def test_steps_laid_out_as_paragraphs_are_listed_with_what_each_follows():
    answer = respond(Session(), "杭州工匠的社会公示是在专家评审前头还是后头", make_deps(retriever=KeywordRetriever(), today=TODAY))
    # 五 names its four steps in one sentence, then gives each a paragraph: 社会公示's says 经专家评审后
    assert "经专家评审后" in answer.text and "资格审核。" in answer.text and "领导小组审定。" in answer.text, answer.text
