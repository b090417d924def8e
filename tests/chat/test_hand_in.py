"""A premise that papers may go straight to the receiving body is checked against the notice's route sentence
(chat/premise/hand_in.py)."""

from __future__ import annotations

import pytest

from assistant.chat.premise.hand_in import route_premise, skipped_route


@pytest.mark.parametrize(("question", "skipped"), [
    ("材料直接寄给市总工会就行了吧", ["单位"]),  # straight on: the employer's step is skipped
    ("个人直接交，不用经过市里吧", ["市里"]),
    ("推荐表要寄到哪里", []),
])
def test_a_skipped_route_step_is_read(question, skipped):
    assert skipped_route(question) == skipped


@pytest.mark.parametrize(("program", "question", "clause"), [
    ("hz_craftsman_2016", "杭州工匠的材料我直接寄给市总工会就行了吧", "hz_craftsman_2016#四/(一)"),
    # the sentence where the step sends papers on, before one where it only handles them
    ("zj_craftsman_2023", "浙派工匠材料直接寄给省人社厅，不用经过市里吧", "zj_craftsman_2023#四/(二)/4"),
    ("hz_digital_craftsman_2026", "第四届数字工匠推荐表直接寄给市总工会就行了吧", "hz_digital_craftsman_2026#五"),
])
def test_a_skipped_route_is_corrected_with_the_route_sentence(deps, program, question, clause):
    line, quotes = route_premise(deps.corpus, program, question)
    assert line.startswith("不对") and quotes[0][0] == clause


@pytest.mark.parametrize(("program", "question"), [
    ("hz_chief_technician_2021", "首席技师的材料直接交到市总工会就行吧"),  # a body never handed papers: a wrong channel
    ("hz_chief_technician_2021", "首席技师的汇总表不用单位盖章吧，直接交上去"),  # the seal waived is the premise
    ("hz_chief_technician_2021", "自由职业者直接交给市人社局就行吧"),  # a route of its own, through 行业协会
])
def test_other_premises_are_left_to_the_quoted_sentence(deps, program, question):
    assert route_premise(deps.corpus, program, question) is None
