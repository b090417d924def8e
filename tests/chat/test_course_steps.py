"""A procedure is one course however deeply a notice nests it: the step after the last of a run of sub-steps is the
wider course's next unit, an open "以后呢" is answered with the course from there, a sentence outside the procedure
that says what follows an act ("推荐工作结束后，将按…流程") answers for it, and "几个阶段" counts the parts the notice
titles 阶段, not the steps inside them."""

from __future__ import annotations

import pytest

from assistant.chat.rules.quotes import Pick
from assistant.chat.rules.steps import REST_STEPS, next_step, steps_of
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


def test_the_turn_lists_the_course_from_there_each_step_with_its_clause(deps):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), "浙派工匠人选报送以后呢", deps).text
    assert "1. 突出贡献浙派工匠 四/(三)" in answer and "2. 突出贡献浙派工匠 四/(四)" in answer
    assert "在全省范围内进行公示" in answer


def test_the_turn_counts_the_stages_not_the_steps_inside_them(deps):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), "第四届数字工匠的认定程序有几个阶段", deps).text
    assert "推荐阶段" in answer and "评审公示阶段" in answer and "认定结果发布阶段" in answer
    assert "三/(二)/1/(1)" not in answer


def test_a_step_named_among_the_answering_units_is_gone_on_from_when_the_first_is_in_no_procedure(corpus):
    # 首届 三 ("推荐工作结束后，将按…流程") ranks first but is in no procedure; the question names 附件1's
    # "2. 领导小组审定", after which comes "3. 社会公示"
    summary = _pick(corpus, f"{D23}#三")
    got = next_step(corpus, "首届数字工匠领导小组审定以后呢", [summary, _pick(corpus, f"{D23}#附件1/三/(三)/2")])
    # (an open "以后呢" goes on with the course: 3. 社会公示, then the stage after, （四）发布阶段)
    assert [p.clause_id for p in got] == [f"{D23}#附件1/三/(三)/3", f"{D23}#附件1/三/(四)"]
    # named by its step word only (评审), through the part it belongs to ("（2）…进行专业评审" of "1. 组织评审")
    got = next_step(corpus, "首届数字工匠专家评审完了下一步是什么", [summary, _pick(corpus, f"{D23}#附件1/三/(三)/1/(2)")])
    assert [p.clause_id for p in got] == [f"{D23}#附件1/三/(三)/2"]


def test_answering_units_none_follows_are_not_listed_as_a_course(deps):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), "第四届数字工匠申报以后呢", deps).text
    assert "具体环节依次是" not in answer


def test_stages_only_titled_do_not_replace_the_steps_found(corpus):
    # 首届数字工匠 附件1/三 has ten steps under four stages titled only ("（三）评审阶段（2023年4月）"): asked how it is
    # judged, the answer is the run of steps the answering unit is in, not the four headings
    main = _pick(corpus, f"{D23}#附件1/三/(三)/1/(1)")
    got = [p.clause_id for p in steps_of(corpus, main, "推上去以后是怎么评的，要走哪几步")]
    assert got[0] == f"{D23}#附件1/三/(三)/1/(1)" and f"{D23}#附件1/三/(三)/2" in got
    assert f"{D23}#附件1/三/(一)" not in got
    # counted by the word the stages are titled with, the stages are still the answer
    assert [p.clause_id for p in steps_of(corpus, main, "首届数字工匠分几个阶段")][0] == f"{D23}#附件1/三/(一)"


def test_a_stage_named_is_answered_by_its_own_steps(corpus):
    # "宣传阶段要做哪些事" names one stage (阶段 not counted): its three items, not the four stage headings
    main = _pick(corpus, f"{D23}#附件1/三/(二)")
    got = [p.clause_id for p in steps_of(corpus, main, "首届数字工匠宣传阶段要做哪些事")]
    assert got == [f"{D23}#附件1/三/(二)/1", f"{D23}#附件1/三/(二)/2", f"{D23}#附件1/三/(二)/3"]


def test_a_step_presumed_the_last_is_followed_by_the_next(corpus):
    # "社会公示完了就算评上了？": the asker takes 公示 for the end; what follows it (领导小组审定) answers
    import re

    from assistant.chat.rules.answer_types import table

    assert re.search(table()["next_step"], "杭州工匠社会公示完了就算评上了？")
    got = next_step(corpus, "杭州工匠社会公示完了就算评上了？", [_pick(corpus, "hz_craftsman_2016#五")])
    assert "领导小组审定" in got[0].quote


def test_passes_left_counted_ask_for_the_course_from_there(corpus):
    # counting the passes left wants every one of them to the course's end, not the first REST_STEPS: 浙派's
    # (六)评审结果上报 (报请省政府批准公布) is a pass too
    got = next_step(corpus, "浙派工匠材料报到省里以后还要过几关", [_pick(corpus, f"{ZJ}#四/(二)/1")])
    assert [p.clause_id for p in got] == [f"{ZJ}#四/(三)", f"{ZJ}#四/(四)", f"{ZJ}#四/(五)", f"{ZJ}#四/(六)"]


@pytest.mark.parametrize("question", [
    "浙派工匠，市里把人报上去以后，省里那头还要走几步？",  # a place between the step done and the count
    "浙派工匠市里报上去以后后面还有几道坎",
    "浙派工匠材料报上去之后还得过哪几道关",
])
def test_passes_left_after_a_sub_step_of_a_part(corpus, question):
    # the course of 浙派 四 is listed by its parts, and "报上去" names the part "（二）人选推荐" by its sub-step
    # "4.人选报送": every pass after that part answers, whichever unit retrieval ranked first
    got = next_step(corpus, question, [_pick(corpus, f"{ZJ}#四/(五)"), _pick(corpus, f"{ZJ}#四/(六)")])
    assert [p.clause_id for p in got] == [f"{ZJ}#四/(三)", f"{ZJ}#四/(四)", f"{ZJ}#四/(五)", f"{ZJ}#四/(六)"]
