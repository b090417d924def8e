"""A premise's tier of government for a thing (津贴, 竞赛, 奖项, 专项, a body) is checked against the tiers the notice
lists for a thing of the same class; an exclusive premise ("只有…才行", "得拿第1名才行") is checked as the only value.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_tiers.py
"""

from __future__ import annotations

import pytest

from assistant.chat.premise import correction
from assistant.chat.premise.tiers import exclusive, slots, tier_correction

ALLOWANCE = "获得过下列荣誉之一的：“中华技能大奖”“全国技术能手”等荣誉称号；国务院或市政府特殊津贴；"
PROJECTS = "优先推荐领军企业的数字人才，以及承担省、市重大科技专项的主要完成人。"
CONTESTS = "2025年以来,参加全国、省、市数字经济行业职业技能竞赛获得个人第一名的人员,符合条件的可以直接认定。"
AWARDS = "拥有数字经济行业国内或国外领先水平、等级、资质证书，或获得过省级及以上科学技术类奖项的，可不受工作年限限制。"
REVIEW = "资格审核。所有推荐人选，经由市总工会对照申报条件和要求进行初审；"
EXPERTS = "省人力社保厅从高技能人才评审专家库中随机抽取产生评审专家，并负责组织开展专家评审。"
RANKS_2016 = "4、获得世界技能大赛和国家级技能大赛的前3名，省技能大赛的第1名。（符合此条，不受工作年限的限制。）"
RANKS_CHIEF = "国家一类技能竞赛中前六名、二类技能竞赛前三名；省级一类技能竞赛前三名、二类技能竞赛第一名；市级一类技能竞赛第一名。"


@pytest.mark.parametrize("text, head, tiers", [
    ("国务院或市政府特殊津贴", "津贴", {"国家", "市"}),
    ("承担省、市重大科技专项的主要完成人", "专项", {"省", "市"}),
    ("参加全国、省、市数字经济行业职业技能竞赛", "竞赛", {"国家", "省", "市"}),
    ("获得过省级及以上科学技术类奖项", "奖项", {"省", "国家"}),  # a floor reaches every tier above it
    ("获得过市、省、国家级科学技术类奖项", "奖项", {"市", "省", "国家"}),
    ("经由市总工会对照申报条件", "工会", {"市"}),
    ("由各区总工会审核", "工会", {"区县"}),
])
def test_a_slot_is_a_head_with_the_tiers_written_before_it(text, head, tiers):
    found = slots(text)
    assert [(s.head, set(s.tiers)) for s in found][:1] == [(head, tiers)]


@pytest.mark.parametrize("text", ["滨江区、余杭区、西湖区推荐总数不超过30名", "城市更新工作", "开发区（集聚区）"])
def test_a_place_name_ending_in_a_tier_word_is_no_tier(text):
    assert slots(text) == []


@pytest.mark.parametrize("question, quote, start", [
    # a tier the list lacks
    ("第四届数字工匠优先推荐承担国家重大科技专项的主要完成人，是吧？", PROJECTS, "不对，通知写的是“省、市重大科技专项”"),
    ("资格审核是各区总工会负责的吧", REVIEW, "不对，通知写的是“市总工会”"),
    ("专家评审是各市人社局自己组织的吧", EXPERTS, "不对，通知写的是“省人力社保厅”"),
    # one tier of a list kept as the only one
    ("特殊津贴只认国务院那一种对吧？", ALLOWANCE, "不对，通知写的是“国务院或市政府特殊津贴”，不只是国家级的"),
    ("只有全国数字经济竞赛拿第一才行吧？", CONTESTS, "不对，通知写的是“全国、省、市数字经济行业职业技能竞赛”"),
    ("要拿过国家级科学技术奖才能不受工作年限限制，对吧", AWARDS, "不对，通知写的是“省级及以上科学技术类奖项”"),
    ("要国务院特殊津贴才算，市政府发的津贴不算吧？", ALLOWANCE, "不对，通知写的是“国务院或市政府特殊津贴”，市级的也算"),
])
def test_a_tier_outside_the_list_or_kept_alone_is_corrected(question, quote, start):
    assert (tier_correction(question, quote) or "").startswith(start)
    assert (correction(question, quote) or "").startswith(start)


@pytest.mark.parametrize("question, quote", [
    ("承担省重大科技专项的可以优先推荐吧", PROJECTS),  # one tier of the list, not said to be the only one
    ("省里的数字经济竞赛第一名也能直接认定吧", CONTESTS),
    ("拿过国务院特殊津贴的能报吧", ALLOWANCE),
    ("资格审核是市总工会做的吧", REVIEW),
])
def test_a_tier_the_list_holds_is_no_wrong_premise(question, quote):
    assert tier_correction(question, quote) is None


@pytest.mark.parametrize("question, quote, start", [
    ("国家级技能大赛得拿第1名才行对吧？", RANKS_2016, "不对，通知写的是前3名，不必非得第1名"),
    ("省级一类竞赛要拿第一名才行吧？", RANKS_CHIEF, "不对，通知写的是前三名，不必非得第一名"),
    ("国家一类竞赛非得进前三才行吧？", RANKS_CHIEF, "不对，通知写的是前六名，不必非得前三"),
    ("省技能大赛拿前三名也能不受年限限制吧", RANKS_2016, "不对，通知写的不是前三名，而是第1名"),
    ("国家级技能大赛第二名可以吧", RANKS_2016, "是的"),  # within 前3名, not said as the only one
])
def test_a_placing_said_as_the_only_one_is_checked_as_a_rule(question, quote, start):
    assert (correction(question, quote) or "").startswith(start)


@pytest.mark.parametrize("question, said", [
    ("只认国务院的吧", True), ("得是国家级的才行吧", True), ("市里的不算吧", True),
    ("国务院的能报吧", False), ("青年技能人才比例多少", False),  # 人才 is no 才
])
def test_exclusive_words(question, said):
    assert exclusive(question) is said


def test_a_tier_said_not_to_count_without_its_head_is_named():
    said = tier_correction("特殊津贴得是国务院发的，市里的不算，没错吧？", ALLOWANCE) or ""
    assert said.startswith("不对，通知写的是“国务院或市政府特殊津贴”，市级的也算")


class _Clause:
    def __init__(self, clause_id, text, path=("二",)):
        self.clause_id, self.text, self.own_text, self.path, self.title = clause_id, text, text, path, ""


class _Corpus:
    def __init__(self, clauses):
        self._clauses = clauses

    def clauses(self, program):
        return self._clauses


def test_the_notice_wide_check_finds_the_sentence_listing_the_tiers():
    from assistant.chat.premise.tiers import tier_premise

    corpus = _Corpus([_Clause("p#一", "认定范围聚焦数字经济。优先推荐领军企业的数字人才，以及承担省、市重大科技专项的主要完成人。"),
                      _Clause("p#二", "获得过省级及以上科学技术类奖项的，可不受工作年限限制。")])
    line, (clause_id, _) = tier_premise(corpus, "p", "承担国家重大科技专项的可以优先推荐吧") or ("", ("", ""))
    assert clause_id == "p#一" and line.startswith("不对，通知写的是“省、市重大科技专项”")
    line, (clause_id, _) = tier_premise(corpus, "p", "国家级科技奖才算，省里的奖不算吧") or ("", ("", ""))
    assert clause_id == "p#二" and line.startswith("不对，通知写的是“省级及以上科学技术类奖项”，省级的也算")
    assert tier_premise(corpus, "p", "省级科技奖可以吧") is None  # a tier the notice lists, not said to be the only one
    assert tier_premise(corpus, "p", "资格审核是各区总工会做的吧") is None  # a body is checked in its own sentence only


@pytest.mark.parametrize("question, quote, start", [
    ("浙派工匠的评审专家是省人社厅直接指定的吧？", EXPERTS, "不对，通知写的是“随机抽取”"),
    ("评委是人社厅点名定的对吧", EXPERTS, "不对"),
])
def test_the_right_body_picking_experts_another_way_is_no_agreement(question, quote, start):
    from assistant.chat.premise.agents import agent_agrees

    assert not agent_agrees(question, quote, ("评审",))
    assert (correction(question, quote) or "").startswith(start)


def test_experts_drawn_at_random_agree_with_the_body():
    from assistant.chat.premise.agents import agent_agrees

    assert agent_agrees("专家评审是省人社厅组织的吧", EXPERTS, ("评审",))


@pytest.mark.parametrize("question, clause, start", [
    ("首席技师要拿过国务院特殊津贴才算，市政府发的津贴不算吧？", "hz_chief_technician_2021#二/(一)",
     "不对，通知写的是“国务院或市政府特殊津贴”，市级的也算"),
    ("第四届数字工匠要拿过国家级科学技术奖才能不受工作年限限制，对吧？", "hz_digital_craftsman_2026#二/(三)",
     "不对，通知写的是“省级及以上科学技术类奖项”"),
])
def test_a_turn_checks_a_things_tier_against_the_whole_notice(deps, question, clause, start):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), question, deps)
    assert answer.text.startswith(start), answer.text
    assert any(c.clause_id == clause for c in answer.citations), answer.text


RULE_2026 = ("“杭州数字工匠”推荐对象原则上应为杭州市在职职工、工会会员，自觉拥护党的路线方针政策，遵纪守法，爱岗敬业，"
             "从事数字经济行业工作一般在5年以上且在杭全职工作1年以上")


@pytest.mark.parametrize("question, start", [
    ("第四届数字工匠在杭全职工作1年以上，还得是党员对吧？", "不对，通知没有写明“党员”这一要求"),
    ("在杭全职工作1年以上，还得是工会会员对吧？", "是的"),  # the added requirement is the notice's own
    ("在杭全职工作1年以上对吧？", "是的"),
])
def test_an_added_requirement_the_notice_does_not_name_is_no_agreement(question, start):
    assert (correction(question, RULE_2026) or "").startswith(start)


def test_a_scope_of_publication_is_a_tiered_slot():
    quote = "省人力社保厅对评审结果进行复核，根据需要征求相关方面意见后在全省范围内进行公示，公示时间不少于5个工作日。"
    assert (correction("浙派工匠公示在全国范围内公示对吧？", quote) or "").startswith("不对，通知写的是“全省范围”，不是“全国”")
