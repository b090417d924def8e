"""A procedure is one course however deeply a notice nests it: the step after the last of a run of sub-steps is the
wider course's next unit, an open "以后呢" is answered with the course from there, a sentence outside the procedure
that says what follows an act ("推荐工作结束后，将按…流程") answers for it, and "几个阶段" counts the parts the notice
titles 阶段, not the steps inside them."""

from __future__ import annotations

import pytest

from assistant.chat.quotes import Pick
from assistant.chat.steps import REST_STEPS, next_step, steps_of
from assistant.notices.tree import load_corpus

ZJ, D23, D26 = "zj_craftsman_2023", "hz_digital_craftsman_2023", "hz_digital_craftsman_2026"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def _pick(corpus, clause_id):
    return Pick(clause_id, corpus.clause(clause_id).own_text.split("\n")[0], 1.0, True, 1.0)


def test_the_last_sub_step_is_followed_by_the_wider_courses_next_unit(corpus):
    # 四/(二) 人选推荐 is no procedure of its own: its four items end with 4.人选报送, after which comes (三)
    got = next_step(corpus, "浙派工匠材料报到省里以后下一步是什么", [_pick(corpus, f"{ZJ}#四/(二)/1")])
    assert [p.clause_id for p in got] == [f"{ZJ}#四/(三)"]


def test_an_open_after_question_gets_the_course_from_there(corpus):
    got = next_step(corpus, "浙派工匠材料报到省里以后呢", [_pick(corpus, f"{ZJ}#四/(二)/1")])
    assert [p.clause_id for p in got] == [f"{ZJ}#四/(三)", f"{ZJ}#四/(四)", f"{ZJ}#四/(五)"][:REST_STEPS]
    assert "形式初审" in got[0].quote and "专家评审" in got[1].quote


def test_one_next_step_is_asked_by_next_words(corpus):
    got = next_step(corpus, "第四届数字工匠初审完了下一步是什么", [_pick(corpus, f"{D26}#三/(二)/1/(1)")])
    assert [p.clause_id for p in got] == [f"{D26}#三/(二)/1/(2)"]


def test_a_sentence_saying_what_follows_an_act_answers_outside_the_procedure(corpus):
    got = next_step(corpus, "首届数字工匠推荐表报上去以后呢", [_pick(corpus, f"{D23}#三")])
    assert got[0].clause_id == f"{D23}#三"
    assert got[0].quote.startswith("推荐工作结束后") and "领导小组审定" in got[0].quote


def test_a_sentence_naming_fewer_than_two_steps_after_the_act_is_no_course(corpus):
    # 首席技师 三/(一) "上级部门校验后，将原件退回" names no step after the act: the procedure answers
    got = next_step(corpus, "首席技师单位申报完了以后呢", [_pick(corpus, "hz_chief_technician_2021#三/(一)")])
    assert got[0].clause_id == "hz_chief_technician_2021#三/(二)"


def test_counting_the_stages_lists_the_parts_titled_so(corpus):
    main = _pick(corpus, f"{D26}#三/(二)/1/(1)")
    stages = [p.clause_id for p in steps_of(corpus, main, "第四届数字工匠的认定程序有几个阶段")]
    assert stages == [f"{D26}#三/(一)", f"{D26}#三/(二)", f"{D26}#三/(三)"]
    # asked how it is done, the steps inside the stages are listed
    assert f"{D26}#三/(二)/1/(1)" in [p.clause_id for p in steps_of(corpus, main, "第四届数字工匠怎么评的")]
