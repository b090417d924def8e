"""A requirement or a cap on applicants the notice does not set is corrected, not called silent
(chat/premise/rule_premise.py); one it does set is left to the factual path's number check."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize(("question", "clause"), [
    ("首席技师得在国企上班才能报的吧", "hz_chief_technician_2021#一"),
    ("首席技师是不是只有国有企业的才能报", "hz_chief_technician_2021#一"),
    ("第四届数字工匠超过50岁就不能报了对吧", "hz_digital_craftsman_2026#二"),
    ("浙派工匠是不是只收45岁以下的？我今年52了，是不是就没戏了", "zj_craftsman_2023#三"),
    ("首届数字工匠过了45岁就报不了了吧", "hz_digital_craftsman_2023#附件1/二"),
])
def test_a_condition_the_notice_does_not_set_is_corrected_first(deps, question, clause):
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert first.startswith("不对") and "没有" in first, answer.text
    assert any(c.clause_id.startswith(clause) for c in answer.citations), answer.text


def test_the_40_of_a_share_is_no_age_cap(deps):
    answer = respond(Session(), "第四届数字工匠超过50岁就不能报了对吧", deps)
    assert "而是40" not in answer.text and "40 周岁以下青年" in answer.text, answer.text


def test_a_cap_the_notice_sets_is_checked_against_its_number(deps):
    answer = respond(Session(), "杭州工匠超过55岁就不能报了吧", deps)
    assert answer.text.startswith("不对") and "60" in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize("question", ["首席技师国企的能报吗", "第四届数字工匠有年龄限制吗"])
def test_a_plain_question_is_no_premise(deps, question):
    assert not respond(Session(), question, deps).text.startswith("不对"), question


@pytest.mark.parametrize(("question", "said", "stated"), [
    ("首席技师全市要认定30个人是吧", "30名", "20名"),
    ("首届杭州工匠全市一共评50个，对吧", "50名", "30名"),
    ("浙派工匠每次评100个人没错吧", "100名", "50名"),
])
def test_an_asserted_count_is_no_topic_of_its_own(deps, question, said, stated):
    """"全市一共评50个": with the count taken out the topic is bare, so the sentence stating a count answers."""
    first = respond(Session(), question, deps).text.splitlines()[0]
    assert first.startswith("不对") and said in first and stated in first, first


@pytest.mark.parametrize("question", ["首席技师得在国企上班才能报的吧，民营的不行是吧", "首席技师是不是只收国企的，民营的不行"])
def test_a_kind_named_in_a_premise_is_no_fact_of_the_asker(deps, question):
    answer = respond(Session(), question, deps)
    assert not answer.verdicts and answer.text.startswith("不对"), answer.text


@pytest.mark.parametrize("question", [
    "去年拿的省里数字经济行业职业技能竞赛个人第一名，现在在滨江一家民企写代码，干了七年，杭州全职五年，工会会员，技术岗，"
    "没评过称号。第四届数字工匠是不是直接认定？",
    "在拱墅一家国企做运维开发八年了，工会会员，一线，没评过工匠，第四届数字工匠能报的吧"])
def test_a_case_told_without_a_subject_is_checked_not_read_as_a_premise(deps, question):
    answer = respond(Session(), question, deps)
    assert any(v.program == "hz_digital_craftsman_2026" for v in answer.verdicts), answer.text


@pytest.mark.parametrize("question", ["退休年龄能不能往后延", "评上首席技师可以推迟退休吗", "评上浙派工匠以后退休能延后几年吗"])
def test_the_age_of_retiring_is_outside_the_notices(deps, question):
    answer = respond(Session(), question, deps)
    assert "没有涉及" in answer.text and not answer.citations, answer.text


@pytest.mark.parametrize(("question", "rest"), [
    ("评审专家有没有补贴", True),  # a bare 评 is 评审: a topic of its own
    ("评选的时候有什么奖励", True),
    ("认定后给多少钱", False),
])
def test_a_bare_ping_is_no_frame_of_being_awarded(question, rest):
    from assistant.chat.rules.ranking import money_rest

    assert bool(money_rest(question)) == rest


@pytest.mark.parametrize("question", ["首届杭州工匠全市一共评50个，对吧", "首席技师行业协会能推3个人吧"])
def test_a_number_premise_gets_no_filler_from_another_clause(deps, question):
    """"四个环节" in 五 states a count too, but says nothing of the number checked."""
    answer = respond(Session(), question, deps)
    assert len({c.clause_id for c in answer.citations}) == 1, answer.text
    assert "相关条款" not in answer.text, answer.text


@pytest.mark.parametrize("question, quoted", [
    ("第四届数字工匠每个区能推荐几个", "各区县(市)总工会推荐不超过 4 名"),
    ("首席技师每个协会能推荐几个", "各类协会推荐名额一般分别不超过 2 人"),
])
def test_a_distributive_each_is_no_topic_word(deps, question, quoted):
    """每个区 means 各区县: the quantifier carries no topic, so the quota sentence is on the asked topic."""
    answer = respond(Session(), question, deps)
    assert quoted in answer.text and "没有写明" not in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(("question", "start", "clause"), [
    ("首席技师自由职业的报不了吧", "不对，能", "hz_chief_technician_2021#一"),
    ("我们这种个体户，首席技师不收的吧", "不对，能", "hz_chief_technician_2021#一"),
    # a confirmation asked midway, the message going on after it
    ("浙派工匠只收在岗的吧，退休了就推不了了", "是的，不能", "zj_craftsman_2023#三"),
    ("浙派工匠退休的也能推荐吧", "不对，不能", "zj_craftsman_2023#三"),
])
def test_a_premise_about_a_kind_the_notice_rules_on_is_settled_by_its_rule(deps, question, start, clause):
    answer = respond(Session(), question, deps)
    assert answer.text.startswith(start), answer.text
    assert any(c.clause_id == clause for c in answer.citations), answer.text


@pytest.mark.parametrize("question", ["杭州工匠那两万块是分两年发的吧", "浙派工匠的1万元是分3次给的吧"])
def test_paying_in_instalments_is_a_manner_not_a_count_of_years(deps, question):
    """"分两年发" says how a sum is paid; read as 2 年 it made the answer look for a sentence stating years."""
    answer = respond(Session(), question, deps)
    assert answer.citations and not answer.text.startswith("是的"), answer.text
    assert "一次性" in answer.text or "没有写明" in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(("question", "program"), [
    ("首席技师必须大专以上文凭吧", "hz_chief_technician_2021"),
    ("首届数字工匠一定要有本科学历才能报吧", "hz_digital_craftsman_2023"),
])
def test_a_schooling_the_notice_does_not_ask_is_no_condition(deps, question, program):
    """No notice sets a 学历 (the forms only ask it): a premise requiring one is corrected, not refused."""
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert first.startswith("不对") and "学历" in first, answer.text
    assert any(c.clause_id.startswith(program) for c in answer.citations), answer.text


def test_a_question_on_schooling_says_the_notice_sets_none(deps):
    answer = respond(Session(), "杭州市首席技师对文凭有要求吗", deps)
    assert "没有规定学历要求" in answer.text.splitlines()[0] and answer.citations == (), answer.text


@pytest.mark.parametrize(("question", "clause"), [
    # a requirement verb scoping over the attribute's word ("要党员", "得有本科学历", "要有杭州户口"), no 才能 needed
    ("首席技师要党员才能报吧？", "hz_chief_technician_2021#二"),
    ("第四届数字工匠得是党员的吧", "hz_digital_craftsman_2026#二"),
    ("首席技师评的时候要看学历的吧", "hz_chief_technician_2021#"),
    ("听说浙派工匠要有杭州户口，是不是要户口伐", "zj_craftsman_2023#三"),
])
def test_a_requirement_said_before_its_word_is_corrected_when_unset(deps, question, clause):
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert first.startswith("不对") and "这不是它的申报条件" in first, answer.text
    assert any(c.clause_id.startswith(clause) for c in answer.citations), answer.text


def test_party_membership_is_corrected_with_the_political_sentence(deps):
    """No notice requires 党员; 首席技师's 政治素质好 is what it says on the point, quoted after the correction."""
    text = respond(Session(), "首席技师要党员才能报吧？", deps).text
    assert "党员" in text.splitlines()[0] and "政治素质好" in text, text


def test_the_notices_own_waiver_leads_the_correction(deps):
    """"还要看职称的吧" against 杭州工匠's "不唯学历、不唯职称": the notice's words that it is not required lead."""
    answer = respond(Session(), "杭州工匠还要看职称的吧", deps)
    first = answer.text.splitlines()[0]
    assert first.startswith("不对") and "不唯职称" in first, answer.text
    assert answer.citations[0].clause_id == "hz_craftsman_2016#四", answer.citations


@pytest.mark.parametrize("question", ["杭州工匠不看学历的吧？我初中毕业", "首席技师没要求学历的吧"])
def test_a_premise_that_nothing_is_required_is_confirmed(deps, question):
    """The right premise (the notice sets no such condition) is confirmed, never answered with 不对."""
    first = respond(Session(), question, deps).text.splitlines()[0]
    assert first.startswith("是的"), first


def test_a_kind_is_no_premise_when_the_message_says_neither_may_nor_may_not(deps):
    """"上面讲“必须是工会会员”…入会时间有没有讲究": the notice's own words quoted, and an ask about something else; no
    verdict on the kind ("不对，不能") leads."""
    text = respond(Session(), "我们厂里想推我报杭州工匠，我翻了下那个实施意见，上面讲“必须是工会会员”。我是今年八月份才入的"
                              "工会，之前一直没入。想问下入会时间有没有讲究，要不要满一年两年？", deps).text
    assert not text.startswith(("不对", "是的")), text


@pytest.mark.parametrize("question", ["自由职业的没单位就报不了首席技师了吧", "我记得杭州工匠对是不是工会会员没要求，对吧？"])
def test_a_kind_said_to_may_or_may_not_apply_still_draws_a_verdict(deps, question):
    assert respond(Session(), question, deps).text.startswith("不对"), question
