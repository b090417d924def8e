"""A premise taken for granted in a message about the asker's own case, read by the kinds of value the premise check
settles (chat/premise/asserted.py, chat/premise/rule_premise.py), a group said to hold one member only (chat/premise/members.py),
and a premise followed by a remark of the asker's (rule_premise.premise_stretch)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise import correction
from assistant.chat.premise.asserted import asserted_kinds
from assistant.chat.premise.rule_premise import asserting_clause, premise_stretch, rule_claim
from assistant.chat.premise.sufficiency import said_condition
from assistant.chat.turn import respond


@pytest.mark.parametrize(("clause", "kind"), [
    ("推荐名额是5个", "count"),
    ("得有高级技师证", "level"),
    ("要拿金牌才算", "placing"),
    ("只有本单位职工才能提意见", "only_some"),
    ("评委都是大学里的教授吧", "only_kind"),
    ("光有单位推荐就够了", "enough"),
    ("专家评议那些不用搞的", "left_out"),
    ("自己直接交上去，不用经过协会", "bypassed"),
    ("网上报的不算", "refused_form"),
    ("原件不用交", "waived_paper"),
])
def test_each_reader_finds_its_kind(clause, kind):
    assert kind in asserted_kinds(clause), asserted_kinds(clause)


@pytest.mark.parametrize("clause", ["我们厂里小伙子去比过", "估计是够不上了", "我老婆在滨江上班"])
def test_a_clause_of_the_asker_asserts_nothing(clause):
    assert asserted_kinds(clause) == []


def test_a_rule_claim_needs_no_number_and_keeps_what_it_is_of():
    text = "我徒弟去年去比过，拿了个银牌。杭州工匠国家级技能大赛那一条，要拿金牌才算吧？他估计够不上"
    claim = rule_claim(text)
    assert claim is not None and claim.startswith("杭州工匠国家级技能大赛那一条"), claim
    assert asserting_clause(claim) == "要拿金牌才算吧"  # the clause the asker's case is read without


def test_a_rule_heard_from_someone_is_no_case_of_the_askers():
    claim = rule_claim("我们班组长讲浙派工匠要全职才能报，我是兼职的，是不是就没戏了？")
    assert claim is not None and "要全职才能报" in claim, claim


def test_a_rule_without_a_number_in_an_own_case_message_is_corrected_first(deps):
    text = "杭州工匠写的是一线岗位，那就只有在流水线上干活的才算吧？我在厂里技术科做工艺，天天跑车间，算不算"
    first = respond(Session(), text, deps).text.splitlines()[0]
    assert first.startswith("不对"), first


def test_the_reading_of_the_askers_case_follows_the_rule_answered(deps):
    text = "杭州工匠世界技能大赛那一条，要拿金牌才算数吧？我们厂里一个小伙子拿的是铜牌，第三名"
    answer = respond(Session(), text, deps)
    assert answer.intents[0] == "qa", answer.intents
    assert "按个人成绩理解" not in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(("question", "quote"), [
    ("第四届的名单最后是市总工会一家定的吧", "市总工会、市人力社保局、市经信局、市数据局、市数据集团联合审定名单。"),
    ("那个领导小组不就是市总工会自己几个领导嘛，对伐", "邀请市总工会、市发改委、市经信局等单位成立领导小组，讨论审定人选。"),
    ("省级那一行能勾的就只有“省雄鹰企业”一个吧", "省 级: □ 省雄鹰企业 □ 领军型浙江数商 □ 省未来工厂 □ 其他:_____"),
])
def test_one_member_said_of_a_listed_group_is_corrected(question, quote):
    line = correction(question, quote)
    assert line is not None and line.startswith("不对，通知列的不只是"), line


def test_a_group_whose_list_names_one_member_only_is_not_corrected_for_it():
    assert not (correction("最后就是市总工会一家定的吧", "由市总工会审定名单。") or "").startswith("不对，通知列的")


@pytest.mark.parametrize(("text", "stretch"), [
    ("浙派工匠的证书是各个市里自己发的吧，我们市里的同志说到时候会通知", "浙派工匠的证书是各个市里自己发的吧"),
    ("首席技师全市认定五十个左右吧？我们区推了三个，感觉希望挺大", "首席技师全市认定五十个左右吧"),
])
def test_the_askers_remark_after_a_premise_is_no_part_of_it(text, stretch):
    assert premise_stretch(text) == stretch


@pytest.mark.parametrize("text", [
    "首席技师全市认定五十个左右吧？我们区能推几个",  # a second ask: the message is answered whole
    "首席技师全市认定五十个左右吧",  # nothing after the premise
    "首席技师全市认定五十个左右吧，听说竞争挺激烈",  # a remark not about the asker
])
def test_no_stretch_when_the_message_asks_again_or_says_nothing_of_the_asker(text):
    assert premise_stretch(text) is None


def test_a_premise_followed_by_a_remark_is_corrected(deps):
    first = respond(Session(), "首席技师那年全市认定五十个左右吧？我们区推了三个上去，感觉希望挺大", deps).text
    assert first.startswith("不对，通知写的不是"), first


def test_a_topic_particle_is_no_part_of_the_condition():
    assert said_condition("浙派工匠嘛只要有高级技师证就够了对吧，我们厂老王都评了十几年了") == "有高级技师证"


def test_an_exemption_the_condition_does_not_meet_waives_nothing(deps):
    text = respond(Session(), "杭州工匠只要拿过市级职业技能大赛第1名就够了吧", deps).text
    assert text.startswith("不对，只凭这一点还不够"), text
    assert "它还能免去" not in text and "不少于10年" in text.replace(" ", ""), text
