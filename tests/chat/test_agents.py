"""Which body acts on a step: "哪个部门评的" is an actor question, and a premise naming the body ("是市政府批的对吧")
is checked against the sentence naming who does that step (chat/premise/agents.py, factual_pick.acting_pick)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise.agents import agent_agrees, agent_correction, bodies_in
from assistant.chat.rules.answer_types import classify
from assistant.chat.rules.out_of_scope import out_of_scope
from assistant.chat.rules.procedure_words import step_terms
from assistant.chat.turn import respond

APPROVED = "突出贡献浙派工匠和培育突出贡献单位由省政府批准授予并颁发相应证书和奖金。"
REPORTED = "省人力社保厅根据公示情况，形成突出贡献浙派工匠和培育突出贡献单位入围名单，报请省政府批准公布。"
JOINT = "市总工会、市人力社保局、市经信局、市数据局、市数据集团联合审定“杭州数字工匠”名单。"


def test_a_body_is_its_level_and_kind():
    assert [(b.level, b.kind) for b in bodies_in("由设区市政府或省人力社保厅报送")] == [("市", "政府"), ("省", "人社")]
    assert [(b.level, b.kind) for b in bodies_in("报市人社局")] == [("市", "人社")]


@pytest.mark.parametrize(("question", "type_", "step"), [
    ("浙派工匠是哪个部门评的", "actor", "评审"),
    ("浙派工匠是哪一级政府授予的", "actor", "授予"),
    ("首届数字工匠是哪家单位主办的", "actor", "主办"),
    ("浙派工匠评审结果由哪个部门公示", "actor", "公示"),
])
def test_which_body_does_a_step_is_an_actor_question(question, type_, step):
    assert classify(question).type == type_
    assert step_terms(question) == (step,)


def test_handing_in_to_a_body_stays_a_place_question():
    assert classify("第四届数字工匠材料交给哪个部门收").type == "place"
    assert step_terms("要征求哪些部门的意见") == ()


def test_the_agent_is_the_body_nearest_the_step():
    assert agent_correction("浙派工匠是市政府批的对吧", APPROVED, ("批准",)).startswith("不对，通知写的是省政府批准")
    # 省人力社保厅 reports; 省政府 approves
    assert "省政府批准" in agent_correction("是省人力社保厅批准的吧", REPORTED, ("批准",))
    assert agent_agrees("是省政府批准的吧", REPORTED, ("批准",))


def test_one_body_alone_where_several_act_together():
    said = agent_correction("名单是市总工会一家定的吧", JOINT, ("审定",))
    assert said.startswith("不对") and "共同审定" in said


def test_the_human_resources_department_is_no_social_insurance_question():
    assert out_of_scope("浙派工匠是省人力社保厅批准的吧") is None
    assert out_of_scope("评上以后社保怎么交") is not None


@pytest.mark.parametrize(("question", "clause", "first"), [
    ("浙派工匠是哪个部门组织评审的", "zj_craftsman_2023#四/(四)", None),
    ("浙派工匠是市政府批的对吧", None, "省政府"),
    ("第四届数字工匠名单是市总工会自己定的吧", "hz_digital_craftsman_2026#三/(二)/1/(3)", "共同审定"),
])
def test_answers_name_the_acting_body(deps, question, clause, first):
    answer = respond(Session(), question, deps)
    if clause:
        assert any(c.clause_id == clause for c in answer.citations)
    if first:
        line = answer.text.splitlines()[0]
        assert line.startswith("不对") and first in line


def test_the_agent_named_after_by():
    # "推荐工作由…负责": the body after 由 does the step named before it
    assert agent_correction("推荐是市总工会负责的吧", "杭州市首席技师的推荐工作由区、县(市)人力社保部门及市各主管部门、行业协会负责进行。",
                            ("推荐",)).startswith("不对")


def test_where_a_notice_comes_out_is_a_place_question():
    assert classify("浙派工匠的评选通知一般会在哪里发出来？").type == "place"
    assert classify("第四届数字工匠的通知什么时候发出来的").type == "date"


@pytest.mark.parametrize("question", ["首席技师的证书是谁发的", "杭州市首席技师的荣誉证书由哪个部门颁发", "首席技师证书谁颁的"])
def test_no_body_named_for_the_step_is_silence(deps, question):
    # No sentence of the 首席技师 notice names who gives its certificate: a requirement naming 技师证书 is no answer
    answer = respond(Session(), question, deps)
    assert not answer.citations
    assert "没有写明由哪个单位颁发" in answer.text


@pytest.mark.parametrize("question", ["杭州工匠的证书谁颁发", "首届数字工匠评上以后证书是哪个单位发的"])
def test_the_step_stated_without_its_doer_says_so_first(deps, question):
    answer = respond(Session(), question, deps)
    assert answer.citations
    assert answer.text.splitlines()[0] == "通知写明会颁发证书，但没有写明由哪个单位颁发证书：见下面的原文。"


def test_a_body_named_for_the_step_answers_without_the_lead(deps):
    answer = respond(Session(), "浙派工匠的证书是谁颁发的", deps)
    assert [c.clause_id for c in answer.citations][:1] == ["zj_craftsman_2023#五"]
    assert "没有写明" not in answer.text


def test_giving_is_a_step_and_issuing_a_notice_is_not():
    assert classify("杭州工匠的证书谁颁发").type == "actor"
    assert step_terms("证书是谁发的") == ("授予",)
    assert step_terms("这个通知是谁发的") != ("授予",)


@pytest.mark.parametrize(("question", "type_"), [
    ("突出贡献浙派工匠的奖金由哪个部门发放", "actor"), ("杭州工匠的奖金是谁发的", "actor"),
    ("奖金发多少", "money"), ("奖金是多少", "money"),
])
def test_who_gives_the_money_is_an_actor_question(question, type_):
    assert classify(question).type == type_


# A step's word that qualifies the object of another act ("对初审入围人员进行把关") names no one doing that step:
# the sentence where a body does it ("经由市总工会…进行初审") decides.
def test_a_step_qualifying_an_object_is_no_step_done():
    from assistant.chat.premise.agents import agent_correction

    question = "首届杭州工匠的初审是市人社局负责的吧"
    experts = "建立由相关领域知名专家、行业协会等方面人员组成的专家评审团队，对初审入围人员进行把关、审核；"
    assert agent_correction(question, experts, ("初审",)) is None
    assert "市总工会初审" in agent_correction(question, "所有推荐人选，经由市总工会对照申报条件和要求进行初审；", ("初审",))
    assert agent_correction("评审是市总工会做的吧", "对评审通过的人选进行公示", ("评审",)) is None


# "由哪个单位给/发/出" asks who gives a thing: the step is 授予, and the question is an actor question even when it
# names money ("奖金由哪个单位给" asks who, not how much).
@pytest.mark.parametrize("question", ["第四届数字工匠的证书由谁出", "浙派工匠的奖金由哪个单位给", "杭州工匠的奖牌由哪个部门颁",
                                      "首席技师证书是谁给的"])
def test_a_plain_verb_of_giving_is_the_awarding_step(question):
    from assistant.chat.rules.answer_types import classify
    from assistant.chat.rules.procedure_words import step_terms

    assert step_terms(question) == ("授予",)
    assert classify(question).type == "actor"


def test_issuing_a_notice_is_no_giving():
    from assistant.chat.rules.procedure_words import step_terms

    assert step_terms("这个通知是谁发的") == ("发布",)
    assert step_terms("名单由哪个部门公布") == ("发布",)


@pytest.mark.parametrize(("question", "said"), [
    ("首届杭州工匠的初审是市人社局负责的吧", "不对，通知写的是市总工会初审"),
    ("杭州工匠谁来初审", "经由市总工会对照申报条件和要求进行初审"),
])
def test_who_does_the_initial_review_is_the_body_doing_it(deps, question, said):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), question, deps)
    assert said in answer.text, answer.text
