"""A premise about a rule, a form or a body is read as a relation and checked against the whole asked notice
(chat/premise/propositions.py): fields sharing a box or not, the one thing said to be the only way, a body said to
do an act. Sentences here are not the eval's; each relation is tried in several shapes, true ones included."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise.propositions import proposition_premise, read
from assistant.chat.turn import respond


@pytest.mark.parametrize(("text", "relation", "objects"), [
    ("汇总表里岗位和行政职务是填一栏的吧", "merged", ("汇总表里岗位", "行政职务")),
    ("性别跟民族是写在同一格的吧", "merged", ("性别", "民族")),
    ("联系电话和手机是分开填的吧", "split", ("联系电话", "手机")),
    ("只能走单位推荐这条路吧", "sole", ("单位推荐",)),
    ("得有高级技师证才行吧", "sole", ("高级技师证",)),
])
def test_a_relation_is_read_with_its_objects(text, relation, objects):
    props = [p for p in read(text) if p.relation == relation]
    assert props and props[0].objects == objects


@pytest.mark.parametrize("text", ["岗位填什么", "我在单位推荐之后还要做什么", "申报表交几份"])
def test_a_plain_question_asserts_no_relation(text):
    assert [p for p in read(text) if p.relation in ("merged", "split", "sole")] == []


@pytest.mark.parametrize(("program", "question", "lead", "clause"), [
    # boxes apart said to be one, and one box said to be two
    ("hz_chief_technician_2021", "首席技师汇总表里岗位和行政职务填一格吧", "不对", "hz_chief_technician_2021#附件1"),
    ("hz_digital_craftsman_2026", "推荐表上学历和政治面貌是合在一栏的吧", "不对", "hz_digital_craftsman_2026#附件"),
    ("hz_digital_craftsman_2023", "推荐表上工作单位跟职务要分两栏吧", "不对", "hz_digital_craftsman_2023#附件2"),
    # and the form as it is, confirmed
    ("hz_craftsman_2016", "申报表上职称和技能等级在一栏里吧", "是的", "hz_craftsman_2016#附件"),
    ("hz_digital_craftsman_2026", "推荐表上技能等级和职称等级是分开的两栏吧", "是的", "hz_digital_craftsman_2026#附件"),
])
def test_two_fields_are_checked_against_the_forms_boxes(deps, program, question, lead, clause):
    line, quotes = proposition_premise(deps.corpus, program, question)
    assert line.startswith(lead)
    assert quotes[0][0] == clause


@pytest.mark.parametrize(("program", "question", "clause"), [
    # one item of several that each open a way
    ("hz_craftsman_2016", "杭州工匠只有单位推荐一个途径吧", "hz_craftsman_2016#四/(一)"),
    # an alternative in the thing's own stretch ("…或本职业（工种）最高职业资格")
    ("zj_craftsman_2023", "浙派工匠非得高级技师才能报吧", "zj_craftsman_2023#三/(一)"),
])
def test_the_only_way_is_corrected_where_the_notice_gives_others(deps, program, question, clause):
    line, quotes = proposition_premise(deps.corpus, program, question)
    assert line.startswith("不对") and quotes[0][0] == clause


def test_a_sole_requirement_the_notice_states_alone_is_not_corrected(deps):
    # "必须是工会会员" stands with no alternative in the 杭州工匠 notice
    found = proposition_premise(deps.corpus, "hz_craftsman_2016", "杭州工匠必须是工会会员吧")
    assert found is None or not found[0].startswith("不对")


@pytest.mark.parametrize(("program", "question", "clause"), [
    # a body the notice names nowhere, for an act it gives to others
    ("hz_chief_technician_2021", "首席技师是市总工会组织评审的吧", "hz_chief_technician_2021#三/(二)"),
    # a step the notice does not have, by a body it does not name, said after a step it has
    ("hz_digital_craftsman_2026", "第四届公示以后还要报省政府审批对吧", "hz_digital_craftsman_2026#三/(二)/1/(3)"),
])
def test_a_body_the_notice_does_not_name_is_corrected(deps, program, question, clause):
    line, quotes = proposition_premise(deps.corpus, program, question)
    assert line.startswith("不对") and quotes[0][0] == clause


def test_the_body_doing_the_act_is_confirmed(deps):
    line, quotes = proposition_premise(deps.corpus, "zj_craftsman_2023", "浙派工匠的评审是省人力社保厅组织的吧")
    assert line.startswith("是的") and quotes[0][0] == "zj_craftsman_2023#四/(四)"


def test_an_order_of_steps_by_named_bodies_is_left_to_step_order(deps):
    assert proposition_premise(deps.corpus, "hz_craftsman_2016", "杭州工匠是领导小组先审定再公示的吧") is None


def test_the_premise_leads_and_the_other_ask_follows(deps):
    answer = respond(Session(), "首席技师那个汇总表，岗位和行政职务是一栏吧？另外截止时间是哪天", deps)
    lines = answer.text.split("\n")
    assert lines[0].startswith("不对")
    assert any(ln.startswith("您还问了") for ln in lines)
    assert "7 月 15 日" in answer.text or "7月15日" in answer.text


@pytest.mark.parametrize("question", ["首席技师只有区人社局可以推荐人吧", "首席技师推荐只能由行业协会来推吧"])
def test_one_body_said_to_be_the_only_one_is_corrected_where_the_duty_is_given_to_several(deps, question):
    line, quotes = proposition_premise(deps.corpus, "hz_chief_technician_2021", question)
    assert line.startswith("不对") and "人力社保部门" in line
    assert quotes[0][0] == "hz_chief_technician_2021#三"
