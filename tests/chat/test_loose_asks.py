"""Loose phrasings of factual questions, as applicants and HR staff write them (issue 14, fourth QA round):
the latest day, bodies named the HR way, the step after a named one, quotas that may stay unfilled, contacts
with no programme named, and yes/no rule questions answered in their first sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond

TODAY = dt.date(2026, 11, 21)


def first_line(deps, question: str) -> str:
    return respond(Session(), question, deps).text.splitlines()[0]


@pytest.mark.parametrize(("question", "value"), [
    ("首席技师材料最晚几号交", "7 月 15 日"),
    ("杭州工匠材料最晚啥时候交", "2016年9月30日"),
    ("第四届数字工匠最晚什么时候报", "4月10日"),
])
def test_the_latest_day_is_the_notices_deadline(deps, question, value):
    line = first_line(deps, question)
    assert value in line and "没有写明" not in line


@pytest.mark.parametrize("question", [
    "我们是区人社局，首席技师能推几个", "各区人社局能推几个首席技师", "县里人社局推首席技师有名额限制吗，推几个",
])
def test_a_body_named_the_hr_way_is_the_notices_body(deps, question):
    text = respond(Session(), question, deps).text
    assert "不超过 4 人" in text and "没有写明" not in text.splitlines()[0]


@pytest.mark.parametrize(("question", "step"), [
    ("浙派工匠公示结束以后呢", "报请省政府批准公布"),
    ("浙派工匠形式初审以后呢", "专家评审"),
    ("杭州工匠公示完了还有啥程序", "领导小组审定"),
    ("杭州工匠专家评审过了以后呢", "社会公示。"),
    ("首届杭州工匠资格审核完了下一步是什么", "专家评审。"),
])
def test_the_step_after_a_named_one(deps, question, step):
    # (an open "以后呢" lists the course from there, the step after the named one first: test_course_steps.py)
    lines = respond(Session(), question, deps).text.splitlines()
    line = lines[1] if lines[0].endswith("具体环节依次是：") else lines[0]
    assert step in line and "没有涉及" not in line


@pytest.mark.parametrize(("question", "step"), [
    ("首届数字工匠领导小组审定完了下一步是什么", "社会公示"),
    ("首届数字工匠领导小组审定以后呢", "社会公示"),
])
def test_the_step_after_one_of_a_narrower_run(deps, question, step):
    # (an open "以后呢" lists the course from there, the step after the named one first)
    lines = respond(Session(), question, deps).text.splitlines()
    assert step in (lines[1] if lines[0].endswith("具体环节依次是：") else lines[0])


@pytest.mark.parametrize("question", [
    "浙派工匠评审的时候名额一定会评满吗？", "浙派工匠的名额会评满吗", "突出贡献浙派工匠每次都能评满吗",
])
def test_whether_every_place_is_filled_is_a_rule(deps, question):
    assert "允许奖项空缺" in first_line(deps, question)


def test_a_notice_saying_nothing_of_empty_places_is_silent(deps):
    assert "没有写明" in first_line(deps, "第四届数字工匠名额会评满吗")


@pytest.mark.parametrize("question", [
    "杭州工匠申报表上贴的照片要几寸的，一寸还是两寸", "首席技师申报表照片几寸", "首届杭州工匠的申报表照片要多大尺寸，几寸",
])
def test_a_form_row_without_the_asked_unit_states_no_value(deps, question):
    answer = respond(Session(), question, deps)
    assert "没有写明" in answer.text.splitlines()[0] and not answer.citations


def test_a_form_row_with_the_asked_unit_answers(deps):
    assert "2寸" in first_line(deps, "第四届数字工匠推荐表照片要几寸")


@pytest.mark.parametrize("question", ["首席技师要准备PPT吗", "浙派工匠申报要交PDF版吗", "第四届数字工匠评审要准备PPT吗"])
def test_a_paper_no_notice_names_is_one_the_notice_is_silent_on(deps, question):
    answer = respond(Session(), question, deps)
    assert "没有写明" in answer.text.splitlines()[0] and not answer.citations


def test_a_message_silent_on_every_ask_names_each(deps):
    line = first_line(deps, "首席技师要面试吗？要穿正装吗")
    assert "面试" in line and "正装" in line and "没有写明" in line


@pytest.mark.parametrize(("question", "opening", "clause"), [
    ("自由职业能报首席技师吗", "能。", "自由职业者也可申请认定"),
    ("自由职业的能不能报第四届数字工匠", "原则上不能。", "在职职工"),
    ("管理岗能报首席技师吗", "不能。", "生产第一线"),
    ("不是工会会员能报杭州工匠吗", "不能。", "必须是工会会员"),
    ("公务员能报第四届数字工匠吗", "原则上不能。", "原则上不予推荐"),
])
def test_a_kind_of_person_yes_no_opens_with_the_verdict_and_its_clause(deps, question, opening, clause):
    line = first_line(deps, question)
    assert line.startswith(opening) and clause in line


def test_retired_said_before_the_ask_is_the_askers_case(deps):
    # "退休了还能报浙派工匠吗" says the asker has retired (extract.text, round 11): the checker's no leads, on the clause
    line = first_line(deps, "退休了还能报浙派工匠吗")
    assert "不符合" in line and "退休人员不作为推荐对象" in line


@pytest.mark.parametrize("question", ["兼职的算不算第四届数字工匠的推荐对象", "兼职能报浙派工匠吗", "自由职业者能报浙派工匠吗"])
def test_a_kind_the_rules_neither_exclude_nor_provide_for_is_not_said(deps, question):
    assert first_line(deps, question).startswith("通知没有专门写")


@pytest.mark.parametrize("question", ["有问题找谁", "咨询电话是多少", "有事打哪个电话问"])
def test_a_contact_question_naming_no_programme_gives_each_contact(deps, question):
    answer = respond(Session(), question, deps)
    assert "没有涉及" not in answer.text
    assert "叶群华" in answer.text and "王诗赞" in answer.text
    assert {c.clause_id for c in answer.citations} >= {"hz_digital_craftsman_2026#五", "hz_chief_technician_2021#五"}
    assert "沈老师" not in answer.text  # the first edition's contact is superseded


def test_no_programme_named_the_current_edition_answers():
    from assistant.chat.rules.factual import _current
    from assistant.chat.rules.quotes import Pick
    from assistant.notices.tree import load_corpus

    old = Pick("hz_digital_craftsman_2023#三", "推荐截止日期2023年3月31日", 2.0, True, 2.0)
    new = Pick("hz_digital_craftsman_2026#五", "请各推荐单位于4月10日前将", 1.5, True, 1.5)
    weak = Pick("hz_chief_technician_2021#五", "报送截止时间为 7 月 15 日", 1.0, True, 0.2)
    corpus = load_corpus()
    assert _current(corpus, old, [old, weak, new], TODAY) == new  # superseded: the current edition answers
    assert _current(corpus, old, [old, weak], TODAY) == old  # no current programme answers as well
    assert _current(corpus, weak, [weak, new], TODAY) == weak  # not superseded: it stands


@pytest.mark.parametrize(("question", "said"), [
    ("浙派工匠要干满10年才能报吧", "5年以上"), ("杭州工匠要干满几年", "不少于10年"), ("第四届数字工匠要干满8年才能报吧", "5年以上"),
])
def test_working_a_full_term_is_the_notices_years(deps, question, said):
    text = respond(Session(), question, deps).text
    assert said in text and "没有写明具体数量" not in text


@pytest.mark.parametrize("question", ["首席技师的申报表要贴照片吗", "首席技师申报表要不要照片"])
def test_a_form_cell_with_spaced_characters_holds_its_word(deps, question):
    assert "照 片" in first_line(deps, question)


@pytest.mark.parametrize("question", ["外包人员能报第四届数字工匠吗", "劳务派遣的能不能报浙派工匠", "临时工能报首席技师吗"])
def test_a_kind_no_rule_names_opens_with_not_said(deps, question):
    line = first_line(deps, question)
    assert line.startswith("通知没有专门写") or "没有明确提到" in line
