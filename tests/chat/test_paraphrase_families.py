"""Paraphrase invariance (issue 14): the same question in other words gets the same answer. Each family is a
mechanism a rewording broke (the asked type, the thing's words, what a thing is, which programme a nickname names),
tested with phrasings that are not the probe rows (eval/labels/qa_probe.jsonl qp-900…)."""

from __future__ import annotations

import pytest

from assistant.chat.rules.answer_types import classify
from assistant.chat.rules.things import Thing, holds_thing
from assistant.evaluation.qa import says_silent
from assistant.notices.names import name_programs
from tests.chat_support import ask_cited


@pytest.mark.parametrize("question", [
    "浙派工匠评审结果公示的时间有没有规定",
    "浙派工匠公示期一般多长",
    "浙派工匠单位里公示时间是多久",
    "浙派工匠的公示期限",
    "浙派工匠公示得挂多久",
])
def test_the_time_of_a_step_that_lasts_is_its_span(question):
    """时间, 期 and 期限 said of 公示 ask how long it lasts ("公示时间不少于 5个工作日"), not which day."""
    asked = classify(question)
    assert asked.type == "count" and "时长" in asked.label, asked


@pytest.mark.parametrize("question", ["浙派工匠公示时间是什么时候开始", "浙派工匠公示期间能提异议吗"])
def test_a_step_asked_when_or_during_is_no_span(question):
    assert "时长" not in classify(question).label


@pytest.mark.parametrize("question", [
    "浙派工匠单位内部公示的时间有规定吗",
    "浙派工匠在本单位公示期要几天",
    "浙派工匠单位公示两天够不够",
])
def test_the_span_of_the_units_showing_is_answered(deps, question):
    answer, cited = ask_cited(deps, question)
    assert any(c.startswith("zj_craftsman_2023#四") for c in cited), (cited, answer.text)
    assert "5个工作日" in answer.text.replace(" ", "")


@pytest.mark.parametrize("question", [
    "第四届数字工匠竞赛第一名直接认定的，会不会挤占产业工会的指标",
    "第四届直接认定的人占用区县(市)总工会的推荐指标吗",
    "第四届数字工匠直接认定的那几个算不算在区里的推荐指标里",
])
def test_taking_up_a_place_is_asked_in_the_askers_words(deps, question):
    """指标 is the notices' 名额, 挤占/占用/算在…里 their 占: "不占推荐名额" answers."""
    answer, cited = ask_cited(deps, question)
    assert "hz_digital_craftsman_2026#三/(一)" in cited, (cited, answer.text)
    assert "不占推荐名额" in answer.text


def test_a_parenthesis_the_asker_leaves_out_still_holds_the_thing():
    assert holds_thing(Thing(("区县总工会",), "区县总工会"), "各区县(市)总工会推荐不超过 4 名")


@pytest.mark.parametrize(("question", "said"), [
    ("首届杭州工匠的奖牌长什么样子", "奖牌"),
    ("第四届数字工匠通知里的数字专员指的是什么", "数字专员"),
    ("首届数字工匠颁发的纪念品是个什么东西呀", "纪念品"),
    ("第四届数字工匠的创新培训营是干什么用的", "培训营"),
])
def test_what_a_thing_only_named_is_the_notice_is_silent_on(deps, question, said):
    """A thing named in passing ("颁发证书、奖牌…") is not said to be anything: silence, not the naming sentence."""
    answer, cited = ask_cited(deps, question)
    assert not cited and says_silent(answer.text), (cited, answer.text)
    assert said in answer.text


@pytest.mark.parametrize(("question", "clause"), [
    ("第四届数字工匠的认定范围具体指什么", "hz_digital_craftsman_2026#一"),
    ("浙派工匠里说的培育突出贡献单位是什么意思", "zj_craftsman_2023#三/(二)"),
])
def test_what_a_heading_names_is_said_under_it(deps, question, clause):
    answer, cited = ask_cited(deps, question)
    assert clause in cited, (cited, answer.text)


@pytest.mark.parametrize(("question", "program"), [
    ("首席那边评选要交几份材料", "hz_chief_technician_2021"),
    ("首届数字的推荐名额怎么分", "hz_digital_craftsman_2023"),
    ("第四届数字的材料发哪个邮箱", "hz_digital_craftsman_2026"),
    ("数字那个推荐表多少字", "hz_digital_craftsman_2026"),
])
def test_a_nickname_names_the_programme(question, program):
    found, _ = name_programs(question)
    assert program in found, found


@pytest.mark.parametrize("question", ["我是公司的首席工程师", "我们在搞数字化转型"])
def test_a_job_title_or_a_word_is_no_nickname(question):
    found, _ = name_programs(question)
    assert "hz_chief_technician_2021" not in found and not any(p.startswith("hz_digital") for p in found), found


@pytest.mark.parametrize(("question", "clause"), [
    ("第四届数字工匠也有提名奖的吧", "hz_digital_craftsman_2023#附件1/一"),
    ("首届数字工匠就规定了一线技能人才不低于70%，对吧", "hz_digital_craftsman_2026#二"),
])
def test_a_rule_said_of_the_wrong_edition_is_corrected_with_the_other_editions_clause(deps, question, clause):
    """Agreed with, or called silent, before: the asked edition never states it, the other edition does."""
    answer, cited = ask_cited(deps, question)
    assert answer.text.startswith("不对") and clause in cited, (cited, answer.text)


def test_a_rule_the_asked_edition_states_is_not_sent_to_another_edition(deps):
    answer, cited = ask_cited(deps, "首届数字工匠要在杭全职工作2年以上吧")
    assert not answer.text.startswith("不对") and all(c.startswith("hz_digital_craftsman_2023") for c in cited), cited


@pytest.mark.parametrize(("question", "clause", "said"), [
    ("第四届数字工匠区里能推几个", "hz_digital_craftsman_2026#三/(一)", "不超过 4 名"),
    ("首席技师县里最多报几个", "hz_chief_technician_2021#四", "不超过 4 人"),  # 最多 still read as 不超过
])
def test_a_level_said_with_a_locative_is_the_level(deps, question, clause, said):
    """"区里" is no word pair of the notice's; the level it names (各区县) is."""
    answer, cited = ask_cited(deps, question)
    assert clause in cited and said in answer.text, (cited, answer.text)
