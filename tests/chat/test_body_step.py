"""Whose step a loose procedure question asks about: the body said as the doer of the asked step ("单位那一步到底要
干嘛", "协会那边要做些什么") picks that body's step of the procedure (a step titled with it, or the sentences of a
longer clause naming it as the doer), not the whole course nor a sentence sharing the question's words
(answer_types.toml step_bodies; chat/rules/steps.py body_step; chat/factual_pick.answer_part)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.steps import body_step
from assistant.chat.turn import respond
from assistant.notices.tree import load_corpus

CT, ZJ = "hz_chief_technician_2021", "zj_craftsman_2023"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.mark.parametrize(("program", "question", "clause"), [
    (CT, "我们厂里那一步要干些什么", f"{CT}#三/(一)"),
    (ZJ, "单位里头得走啥流程", f"{ZJ}#四/(二)/1"),
    (CT, "区里那一关要做什么", f"{CT}#三/(二)"),
])
def test_a_body_named_as_doer_picks_its_titled_step(corpus, program, question, clause):
    assert body_step(corpus, program, question).clause_id == clause


def test_a_body_named_inside_a_long_clause_picks_the_sentences_naming_it_as_doer(corpus):
    got = body_step(corpus, CT, "走协会推的话，协会那边得做哪几件事")
    assert got.clause_id == f"{CT}#三"
    assert got.quote.startswith("自由职业者应通过相应的行业协会") and "征求会员意见" in got.quote
    assert "具体步骤如下" not in got.quote  # the lead naming every body is no body's step


@pytest.mark.parametrize("question", ["单位能推几个人", "省里收到材料以后先干啥", "公示完了还要干嘛"])
def test_no_body_step_without_a_body_doing_the_asked_step(corpus, question):
    # a count asked of a body, or the step after one done (next_step's), names no body's own step
    assert body_step(corpus, ZJ, question) is None


def test_the_answer_quotes_the_bodys_step(deps):
    answer = respond(Session(), "首席技师走协会推的话，协会那边要做哪几件事", deps).text
    assert "应对佐证材料的原件进行校验" in answer and "征求会员意见" in answer


@pytest.mark.parametrize(("program", "question", "clause_id", "said"), [
    ("hz_craftsman_2016", "我没单位推，杭州工匠那个他人推荐具体是咋弄的", "hz_craftsman_2016#四/(三)", "寻找我身边的杭州工匠"),
    ("hz_craftsman_2016", "社团推荐怎么个推法", "hz_craftsman_2016#四/(二)", "社会团体可申报推荐"),
    ("zj_craftsman_2023", "浙派工匠专家评审是怎么弄的", "zj_craftsman_2023#四/(四)", "随机抽取"),
])
def test_a_clause_titled_with_the_step_said_in_full_answers_how_it_goes(corpus, program, question, clause_id, said):
    # headings count as text: "他人推荐" said in full names the clause "（三）他人推荐", whose body (on the line under
    # the heading) says how it goes
    from assistant.chat.rules.steps import titled_step

    got = titled_step(corpus, program, question)
    assert got is not None and got.clause_id == clause_id and said in got.quote


@pytest.mark.parametrize(("program", "question"), [
    ("zj_craftsman_2023", "专家评审完了以后呢"),  # a step done: the step after it is asked (next_step)
    ("zj_craftsman_2023", "评审是怎么弄的"),  # a bare 评审 names no heading in full
])
def test_no_titled_step_for_a_step_done_or_a_short_word(corpus, program, question):
    from assistant.chat.rules.steps import titled_step

    assert titled_step(corpus, program, question) is None


def test_a_titled_step_answers_a_loose_how_question(corpus):
    from assistant.chat.rules.answer_types import classify

    assert classify("那个他人推荐具体是咋弄的", vectors=False).type == "procedure"  # 咋弄: how it is done
    text = respond(Session(), "杭州工匠那个他人推荐具体是咋弄的").text
    assert "寻找我身边的杭州工匠" in text
