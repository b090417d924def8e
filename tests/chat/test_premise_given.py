"""A wrong premise is corrected by the clause holding the right value (prem20): money said to come with an honour
that names none, one form of papers said to be enough, a tier said of a medal, a date beside a body the papers go
to, a body one set up (chat/premise/given.py, tiers.py, duties.py, chat/case/corrections.py)."""

from __future__ import annotations

import pytest

from assistant.chat.case.corrections import held_after
from assistant.chat.case.state import Session
from assistant.chat.premise.duties import duties, duty_premise
from assistant.chat.premise.given import enough_restated, money_supposed, one_form_enough
from assistant.chat.premise.tiers import slots, tier_correction
from assistant.chat.turn import respond

D23, C16, CT = "hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021"


@pytest.mark.parametrize(("question", "supposed"), [
    ("首届数字工匠评上了也有一次性奖金的吧", True),
    ("第四届评上能拿一笔奖励金吧", True),
    ("评上了会发钱的吧", True),
    ("首届数字工匠评上了没有奖金的吧", False),  # denied: no money supposed
    ("评上了有没有奖金", False),  # asked either way
    ("报名要交费用吧", False),  # a cost, not a reward
])
def test_money_said_to_come_with_the_honour(question, supposed):
    assert money_supposed(question) is supposed


@pytest.mark.parametrize(("question", "form"), [
    ("首席技师的材料发个电子版到邮箱就行了吧", "电子"),
    ("寄纸质的过去就可以了吧", "纸质"),
    ("纸质和电子版都交就行了吧", None),  # both forms: nothing left out
    ("电子版发到哪个邮箱", None),  # no sufficiency said
    ("报首席技师的材料，要纸质的还是发电子档就行？", None),  # a choice asks which, it supposes none
])
def test_one_form_said_to_be_enough(question, form):
    assert one_form_enough(question) == form


def test_one_form_enough_is_restated_plainly_and_the_other_ask_kept():
    assert enough_restated("首席技师的材料发个电子版到邮箱就行了吧？截止是哪天") == "首席技师的材料只交电子版就行了吧？截止是哪天"
    assert enough_restated("首届杭州工匠的申报表寄纸质的过去就可以了吧") == "首届杭州工匠的申报表只交纸质版就行了吧"
    assert enough_restated("首席技师截止哪天") == "首席技师截止哪天"
    assert enough_restated("") == ""


def test_a_tier_between_another_tier_and_the_head_is_the_heads_own():
    # "区里" says who sends; "市总工会" is where the papers go
    assert [(s.head, set(s.tiers)) for s in slots("区里是10月底前把推荐报到市总工会的吧", trailing=True)] == [("工会", {"市"})]
    assert [set(s.tiers) for s in slots("资格审核是各区总工会做的吧")] == [{"区县"}]


def test_a_medal_has_a_tier():
    quote = "对符合条件的，将同时授予杭州市五一劳动奖章荣誉称号"
    assert tier_correction("评上的同时还给浙江省五一劳动奖章，是吧", quote).startswith("不对")
    assert tier_correction("评上的同时还给杭州市五一劳动奖章，是吧", quote) is None


def test_a_body_papers_go_to_holds_no_duty(deps):
    assert duty_premise(deps.corpus, C16, "区里是10月底前把推荐报到市总工会的吧") is None
    assert duty_premise(deps.corpus, C16, "推荐工作是市总工会负责的吧") is not None  # the body acting: checked


def test_who_set_a_body_up_is_a_duty_of_the_notice(deps):
    held = [(who, cid) for who, what, cid, _ in duties(deps.corpus, D23) if "领导小组" in what]
    assert ("主办和承办单位", f"{D23}#附件1/三/(三)/2") in held  # those invited are members, not founders


@pytest.mark.parametrize("text", ["听人说首届杭州工匠评上的同时还给浙江省五一劳动奖章，是吧",
                                  "杭州工匠评上以后还有奖牌的吧"])
def test_what_winning_brings_tells_no_title_held(text):
    assert held_after(text) == {}


def test_a_title_won_is_still_read():
    assert held_after("浙江省首席技师我2019年就评上了") == {"prior_titles": ["浙江省首席技师"]}


@pytest.mark.parametrize(("question", "clause", "fact"), [
    ("首届数字工匠评上了也有一次性奖金的吧？还有别的待遇吗", f"{D23}#附件1/四", "纪念品"),
    ("首席技师的材料发个电子版到邮箱就行了吧", f"{CT}#三/(二)", "纸质材料和电子文档各一份"),
    ("首届杭州工匠，区里是10月底前把推荐报到市总工会的吧", f"{C16}#四/(一)", "9月底前"),
    ("听人说首届杭州工匠评上的同时还给浙江省五一劳动奖章，是吧", f"{C16}#七", "杭州市五一劳动奖章"),
])
def test_the_wrong_premise_is_corrected_first_by_the_clause_holding_the_value(deps, question, clause, fact):
    answer = respond(Session(), question, deps)
    assert answer.text.splitlines()[0].startswith("不对")
    assert clause in {c.clause_id for c in answer.citations}
    assert fact in answer.text


@pytest.mark.parametrize("question", ["浙派工匠评上了有奖金的吧", "首届杭州工匠评上的同时还给杭州市五一劳动奖章，是吧"])
def test_a_true_premise_is_not_corrected(deps, question):
    assert "不对" not in respond(Session(), question, deps).text.splitlines()[0]


@pytest.mark.parametrize(("question", "steps"), [
    ("浙派工匠的证书是省人社厅发的吧", ("授予",)),
    ("奖金是市里给的吧", ("授予",)),
    ("名单是市总工会发的吧", ()),  # a list is published, not given
])
def test_a_reward_said_given_by_a_body_is_the_step_of_giving(question, steps):
    from assistant.chat.rules.procedure_words import step_terms

    assert (step_terms(question) == steps) if steps else ("授予" not in step_terms(question))


def test_a_placing_said_with_what_it_brings_is_a_rule_claim():
    from assistant.chat.premise.rule_premise import rule_claim

    said = rule_claim("首届数字工匠就有竞赛第一名直接认定了吧？我2022年拿过市里数字经济比赛的第一")
    assert said and "直接认定" in said and "2022" not in said


def test_the_edition_without_the_rule_is_corrected_before_the_askers_case(deps):
    answer = respond(Session(), "首届数字工匠就有竞赛第一名直接认定了吧？我2022年拿过市里数字经济比赛的第一", deps)
    assert answer.text.startswith("不对")
    assert "hz_digital_craftsman_2026#一" in {c.clause_id for c in answer.citations}


def test_the_body_giving_a_reward_is_checked(deps):
    answer = respond(Session(), "浙派工匠的证书是省人社厅发的吧", deps)
    assert answer.text.startswith("不对") and "zj_craftsman_2023#五" in {c.clause_id for c in answer.citations}


@pytest.mark.parametrize(("question", "wrong"), [
    ("浙派工匠退休的也能报吧", True),
    ("浙派工匠劳务派遣的也能报吧", False),  # the rule on retirees says nothing of them
])
def test_a_refusing_rule_corrects_only_the_people_it_names(question, wrong):
    from assistant.chat.premise.levels import _rule_correction

    said = _rule_correction(question, "推荐对象面向基层和工作一线（含技能人才培养院校、教师），退休人员不作为推荐对象。")
    assert bool(said) is wrong


def test_the_body_set_up_is_the_topic_and_those_invited_are_no_agents():
    from assistant.chat.premise.agents import acting_in, agent_correction

    assert [b.said for b in acting_in("领导小组是市人社局牵头成立的吧")] == ["市人社局"]
    quote = "由主办和承办单位邀请市总工会、市发改委、市经信局、市科技局、市数管局等单位成立杭州数字工匠认定工作领导小组"
    line = agent_correction("领导小组是市人社局牵头成立的吧", quote, ("成立",))
    assert line.startswith("不对") and "主办和承办单位" in line
    assert agent_correction("领导小组是主办 承办单位成立的吧", quote, ("成立",)) is None


@pytest.mark.parametrize(("text", "of_body"), [
    ("首届数字工匠那个认定工作领导小组是市人社局出面牵头成立的，没错吧", True),
    ("浙派工匠的证书是省人社厅发的吧", True),
    ("我在市人社局上班，是负责社保的，能报吧", False),  # the asker's own case
    ("首席技师要技师证吧", False),  # no body acting
])
def test_a_confirmation_of_which_body_acts_is_about_the_notice(text, of_body):
    from assistant.chat.premise.rule_premise import premise_of_body

    assert premise_of_body(text) is of_body


def test_the_words_of_a_body_premise_are_no_work_of_the_askers(deps):
    answer = respond(Session(), "首届数字工匠那个认定工作领导小组是市人社局出面牵头成立的，没错吧", deps)
    assert answer.text.startswith("不对") and "主办和承办单位" in answer.text


def test_copies_counted_are_paper_beside_an_electronic_copy():
    from assistant.chat.premise.channels import _channel_correction

    quote = "注：申报表一式两份并电子档于2016年9月30日前报市总技协办。"
    assert _channel_correction("申报表只交电子档就行了吧", quote).startswith("不对")
    assert _channel_correction(enough_restated("申报表寄纸质的过去就可以了吧"), quote).startswith("不对")
