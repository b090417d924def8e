"""A premise on the order of a programme's steps is checked against the order its notice gives (chat/premise/step_order.py)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise.step_order import (
    asserted_order,
    asserted_sequence,
    order_premise,
    skip_premise,
    skipped_steps,
)
from assistant.chat.turn import respond


@pytest.mark.parametrize(("question", "order"), [
    ("先公示再推荐的吧", ("公示", "推荐")),
    ("是不是评审完了才初审", ("评审", "初审")),
    ("材料报上去以后单位再公示的吧", ("报送", "公示")),
    ("审定之前先征求公安的意见对吧", ("征求意见", "审定")),  # 之前…先: the second named comes first
    ("不用公示，直接报上去吧", None),  # a step left out, no order
    ("中间不用再组织专家评议了吧，报到市里就行", None),
    ("公示几天", None),  # one step
])
def test_an_asserted_order_is_read(question, order):
    assert asserted_order(question) == order


@pytest.mark.parametrize(("program", "question", "clause"), [
    # one sentence names both steps, in the notice's order
    ("hz_craftsman_2016", "杭州工匠先领导小组审定，再社会公示的吧", "hz_craftsman_2016#五"),
    ("zj_craftsman_2023", "浙派工匠单位里先公示，再民主推荐的吧", "zj_craftsman_2023#四/(二)/1"),
    ("hz_chief_technician_2021", "首席技师材料报上去以后，单位再公示就行吧", "hz_chief_technician_2021#三/(一)"),
    # no sentence names both: the numbered items give the order ("（三）形式初审" before "（四）专家评审")
    ("zj_craftsman_2023", "浙派工匠专家评审完了才做形式审查的吧", "zj_craftsman_2023#四/(三)"),
    ("hz_digital_craftsman_2026", "第四届是先公示再推荐的吧", "hz_digital_craftsman_2026#三/(一)"),
])
def test_a_reversed_order_is_corrected(deps, program, question, clause):
    line, quotes = order_premise(deps.corpus, program, question)
    assert line.startswith("不对")
    assert clause in [cid for cid, _ in quotes]


@pytest.mark.parametrize(("program", "question"), [
    ("hz_craftsman_2016", "杭州工匠是先专家评审再社会公示的吧"),  # the notice's own order
    ("hz_digital_craftsman_2026", "第四届是先初审再评审的吧"),
    ("hz_chief_technician_2021", "首席技师单位公示完就可以报上去了吧"),
])
def test_an_order_the_notice_gives_is_confirmed(deps, program, question):
    line, quotes = order_premise(deps.corpus, program, question)
    assert line.startswith("是的") and quotes


@pytest.mark.parametrize(("question", "pairs"), [
    # a telling of three or more steps: each step and the next one told after a word carrying the telling on
    ("浙派工匠是先形式初审，接着全省公示，最后才专家评审吧", [("初审", "公示"), ("公示", "评审")]),
    ("听说要先单位推荐，推荐完了评审，评完公示", [("推荐", "评审"), ("评审", "公示")]),
    ("初审、评审、公示这几步都要做吗", []),  # steps listed, no order told
    ("不用初审，评审完了直接公示吧", []),  # a step left out
])
def test_a_telling_of_several_steps_is_read_pair_by_pair(question, pairs):
    assert asserted_sequence(question) == pairs


def test_a_telling_of_several_steps_is_corrected_at_its_reversed_pair(deps):
    # 资格审核 before 公示 agrees with the notice; 公示 before 专家评审 does not, and that pair is corrected
    line, quotes = order_premise(deps.corpus, "hz_craftsman_2016", "杭州工匠是资格审核完了先公示，然后专家评审，最后领导小组审定的吧")
    assert line.startswith("不对，通知里是先评审、后公示")
    assert "hz_craftsman_2016#五" in [cid for cid, _ in quotes]
    line, _ = order_premise(deps.corpus, "hz_craftsman_2016", "杭州工匠是先资格审核，再专家评审，然后社会公示，最后领导小组审定吧")
    assert line.startswith("是的")


def test_an_order_of_a_step_the_notice_lacks_is_left_alone(deps):
    assert order_premise(deps.corpus, "hz_craftsman_2016", "杭州工匠是先征求公安意见再评审的吧") is None


def test_the_answer_leads_with_the_correction_and_quotes_the_order(deps):
    answer = respond(Session(), "浙派工匠应该是省政府批了以后再全省公示的吧", deps)
    assert answer.text.splitlines()[0].startswith("不对")
    assert "报请省政府批准" in answer.text
    assert any(c.clause_id == "zj_craftsman_2023#四/(六)" for c in answer.citations)


@pytest.mark.parametrize(("question", "skipped"), [
    ("首席技师不用公示吧", ["公示"]),
    ("中间不用再组织专家评议了吧", ["评审"]),
    ("资格审核那一步就免了吧", ["初审"]),
    ("领导小组审定就省了吧", ["审定"]),
    ("不用单位推荐吧", []),  # the route's own steps: some notices let a person put themself forward
    ("公示几天", []),
])
def test_a_step_said_to_be_left_out_is_read(question, skipped):
    assert skipped_steps(question) == skipped


@pytest.mark.parametrize(("program", "question", "clause", "words"), [
    # the sentence doing the step, not a list of the whole procedure
    ("hz_craftsman_2016", "杭州工匠资格审核那一步就免了吧", "hz_craftsman_2016#五", "所有推荐人选"),
    # the clause saying the step is left out locates it: 单位里 is the unit's own 公示
    ("zj_craftsman_2023", "浙派工匠单位里就不用公示了吧，直接报到市里", "zj_craftsman_2023#四/(二)/1", "脱密公示"),
    # a bracketed waiver of one paper is no waiver of the step in its sentence
    ("hz_chief_technician_2021", "首席技师区里就不用组织专家评议了吧", "hz_chief_technician_2021#三/(二)", "评议"),
])
def test_a_step_left_out_is_corrected_with_its_sentence(deps, program, question, clause, words):
    line, quotes = skip_premise(deps.corpus, program, question)
    assert line.startswith("不对")
    assert quotes[0][0] == clause and words in quotes[0][1]


def test_a_step_the_notice_lacks_is_left_alone(deps):
    assert skip_premise(deps.corpus, "hz_craftsman_2016", "杭州工匠不用征求公安意见吧") is None


def test_an_order_confirmed_gives_way_to_a_premise_wrong_elsewhere(deps):
    # the order is the notice's, but the papers are said to skip the route: the skip is what is corrected
    from assistant.chat.premise.notice_premise import notice_premise

    line, _ = notice_premise(deps.corpus, "hz_craftsman_2016", "杭州工匠先评审再公示的吧，材料我直接寄给市总工会就行")
    assert line.startswith("不对")
    # and a count the rest of the answer checks is left to it
    assert notice_premise(deps.corpus, "hz_chief_technician_2021", "首席技师单位公示3天后就报上去吧") is None
