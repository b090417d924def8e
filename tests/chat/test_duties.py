"""A duty given to a body in a premise is checked against the notice's sentence dividing the duties
(chat/premise/duties.py)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise.duties import duties, duty_premise
from assistant.chat.turn import respond


def test_the_duties_a_notice_divides_are_read(deps):
    held = {(who, cid) for who, _, cid, _ in duties(deps.corpus, "hz_craftsman_2016")}
    assert ("市委宣传部", "hz_craftsman_2016#六/2") in held  # "2、市委宣传部负责…": the item's number is no body
    assert ("市科委、市人力社保局", "hz_craftsman_2016#六/4") in held
    # a "Y由X负责" sentence; no 负责人 (a post) nor a form's pledge
    divided = [who for who, what, *_ in duties(deps.corpus, "hz_chief_technician_2021") if what != "推荐工作"]
    assert divided == ["区、县(市)人力社保部门及市各主管部门、行业协会"]
    # the 第四届 notice divides no duty with 负责; its quota sentences name who recommends (the test below)
    assert all(what == "推荐工作" for _, what, *_ in duties(deps.corpus, "hz_digital_craftsman_2026"))


@pytest.mark.parametrize(("program", "question", "clause"), [
    ("hz_craftsman_2016", "杭州工匠的宣传是市总工会在管吧", "hz_craftsman_2016#六/2"),
    ("hz_craftsman_2016", "杭州工匠认定的专业技术指导归市经信局负责对吧", "hz_craftsman_2016#六/4"),
    ("hz_chief_technician_2021", "首席技师的推荐工作是区总工会负责的吧", "hz_chief_technician_2021#三"),
])
def test_a_duty_given_to_another_body_is_corrected(deps, program, question, clause):
    line, quotes = duty_premise(deps.corpus, program, question)
    assert line.startswith("不对") and clause in [cid for cid, _ in quotes]


@pytest.mark.parametrize(("program", "question"), [
    ("hz_craftsman_2016", "杭州工匠的宣传是市委宣传部负责的吧"),  # the body the notice names
    ("hz_chief_technician_2021", "首席技师的推荐工作是区人社局负责的吧"),  # 区人社局 is its 区、县(市)人力社保部门
])
def test_a_duty_given_to_the_named_body_is_confirmed(deps, program, question):
    # confirmed first, so that no narrower sentence (where papers go) is read as contradicting the named body
    line, _ = duty_premise(deps.corpus, program, question)
    assert line.startswith("是的")


def test_an_undivided_duty_is_left_alone(deps):
    assert duty_premise(deps.corpus, "hz_digital_craftsman_2026", "第四届数字工匠是市总工会负责的吧") is None


def test_the_answer_leads_with_who_the_notice_names(deps):
    answer = respond(Session(), "首届杭州工匠的宣传工作是市总工会负责的对吧", deps)
    assert answer.text.splitlines()[0].startswith("不对") and "市委宣传部" in answer.text.splitlines()[0]


@pytest.mark.parametrize("question, start", [
    ("首席技师是各区总工会推荐上去的吧", "不对，通知写的是由区、县(市)人力社保部门"),  # the act itself gives the duty
    ("首席技师是区人社局推荐的吧", "是的，通知写的是由区、县(市)人力社保部门"),  # a named recommender, confirmed
    ("首席技师是行业协会负责推荐的吧", "是的"),
])
def test_who_recommends_is_read_from_the_sentence_dividing_the_duty(deps, question, start):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), question, deps)
    assert answer.text.startswith(start), answer.text
    assert any(c.clause_id.startswith("hz_chief_technician_2021#三") for c in answer.citations)


@pytest.mark.parametrize("question", [
    "自由职业者报首席技师，直接找区人社局推荐就可以了吧",  # a route of its own the sentence does not say
    "首席技师的推荐材料是报给市总工会的，是吧？",  # where papers go, not who recommends
])
def test_no_confirmation_when_the_premise_says_more_than_the_sentence(deps, question):
    from assistant.chat.premise.duties import duty_premise

    found = duty_premise(deps.corpus, "hz_chief_technician_2021", question)
    assert found is None or not found[0].startswith("是的"), found


def test_a_body_given_a_quota_is_a_recommender(deps):
    found = {who for who, what, _, _ in duties(deps.corpus, "hz_digital_craftsman_2026") if what == "推荐工作"}
    assert {"各区县(市)总工会", "市各主管部门、各产业工会"} <= found
    assert "滨江区、西湖区、余杭区" in found  # "其中数字经济相对领先的…" narrows; it names no other body


@pytest.mark.parametrize("program, question, start", [
    ("hz_digital_craftsman_2026", "第四届数字工匠是区县总工会推荐的吧", "是的"),  # was 不对 from the hand-in sentence
    ("hz_digital_craftsman_2023", "首届数字工匠是区县总工会推荐的吧", "是的"),
    ("hz_digital_craftsman_2026", "第四届数字工匠是区县人社局推荐的吧", "不对，通知写的是由各区县(市)总工会"),
])
def test_who_recommends_is_read_from_the_quota_sentences(deps, program, question, start):
    line, quotes = duty_premise(deps.corpus, program, question)
    assert line.startswith(start), line
    assert quotes and all(cid.startswith(program) for cid, _ in quotes)


@pytest.mark.parametrize(("program", "question"), [
    # the body owns a thing in its clause; the verb giving a duty sits in another clause of the message
    ("hz_craftsman_2016", "我打算在市总工会的网站上填表自荐，可以吧？单位不肯推荐我"),
    ("hz_digital_craftsman_2026", "材料发到市总工会经济工作部那个邮箱就行吧，我们区里还没组织"),
])
def test_a_verb_in_another_clause_gives_the_body_no_duty(deps, program, question):
    assert duty_premise(deps.corpus, program, question) is None


def test_a_duty_given_in_the_body_s_own_clause_is_still_corrected(deps):
    line, _ = duty_premise(deps.corpus, "hz_craftsman_2016", "我们听说，杭州工匠的宣传是市总工会在管，对吧")
    assert line.startswith("不对")


def test_the_asker_s_remark_after_the_duty_s_clause_is_no_part_of_the_duty(deps):
    # 推荐 after the premise is the asker's own remark: read with the premise it found 四/(二)'s 推荐工作 sentence and
    # said a true premise was wrong
    found = duty_premise(deps.corpus, "zj_craftsman_2023", "浙派工匠专家评审是省人力社保厅组织的吧？我们区里只负责推荐")
    assert found is None or not found[0].startswith("不对")
