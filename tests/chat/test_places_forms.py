"""Where things go: a channel premise with nothing but handing in left, the kind of place asked for, a
comparison's body rule over a form's note, and the form named as the programme asked about."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import classify, place_kind
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize(("question", "clause", "wrong"), [
    ("浙派工匠是各市总工会往省里报的吧？", "zj_craftsman_2023#四/(二)/4", True),
    ("首届杭州工匠是往市人社局报的吧？", "hz_craftsman_2016#四/(一)", True),
    ("第四届数字工匠是往市总工会交的吧", "hz_digital_craftsman_2026#五", False),
])
def test_a_channel_premise_is_settled_by_the_sentence_on_handing_in(deps, question, clause, wrong):
    answer = respond(Session(), question, deps)
    assert answer.citations and answer.citations[0].clause_id == clause
    assert answer.text.startswith("不对") is wrong


@pytest.mark.parametrize(("question", "kind"), [
    ("交到哪个处室？", "工作部"), ("发到哪个邮箱", "@"), ("在哪个网站报名", "网站"), ("交到哪里", None),
])
def test_the_kind_of_place_asked_for(question, kind):
    narrow = place_kind(question)
    assert (narrow is None) if kind is None else (kind in narrow)
    assert classify(question, vectors=False).narrow == narrow


@pytest.mark.parametrize(("question", "silent"), [
    ("浙派工匠的申报材料要交到省人社厅哪个处室？", True),  # its notice names no office
    ("第四届数字工匠的推荐表交到市总工会哪个处室？", False),  # 报送至市总工会经济工作部
    ("第四届数字工匠的材料发到哪个邮箱？", True),  # no email in the 第四届 notice
])
def test_a_place_of_the_kind_asked_or_the_silence(deps, question, silent):
    answer = respond(Session(), question, deps)
    assert ("没有写明" in answer.text.splitlines()[0]) is silent
    assert bool(answer.citations) is not silent


@pytest.mark.parametrize(("clause_id", "form"), [
    ("hz_craftsman_2016#附件", True),  # the 申报表, whose note restates the deadline
    ("hz_chief_technician_2021#附件2", True),
    ("hz_digital_craftsman_2023#附件1/三/(一)", False),  # 附件1 is the 实施方案: the body of the rules
    ("hz_craftsman_2016#四/(一)", False),
])
def test_what_is_a_forms_note(clause_id, form):
    from assistant.chat.rules.forms import is_attached_form
    from assistant.notices.tree import load_corpus

    assert is_attached_form(load_corpus(), clause_id) is form


@pytest.mark.parametrize(("question", "program"), [
    ("推荐表里的主要事迹要写多少字", "hz_digital_craftsman_2026"),  # 首届's 推荐表 is a superseded round
    ("推荐表的照片要几寸的？", "hz_digital_craftsman_2026"),
    ("汇总表由谁来填？", "hz_chief_technician_2021"),
])
def test_the_form_named_names_the_programme(deps, question, program):
    answer = respond(Session(), question, deps)
    assert answer.text.startswith("（您没有说明是哪个项目")
    assert answer.citations[0].clause_id.startswith(program)


@pytest.mark.parametrize(("question", "kind"), [
    ("第四届数字工匠评上以后给不给发证书？", "money"),  # a certificate handed out is a reward
    ("评上了会颁发荣誉证书吗", "money"),
    ("要交职业资格证书复印件吗", "materials"),  # a certificate handed in is a paper
    ("报上去以后多久出结果？", "date"),  # how long until a result is a when
    ("多长时间能批下来", "date"),
    ("要工作多久才能报", "count"),  # how long one must have worked is a count of years
])
def test_how_long_and_certificates_are_typed_by_what_is_asked(question, kind):
    assert classify(question, vectors=False).type == kind


@pytest.mark.parametrize("question", ["杭州工匠是终身荣誉吗？", "首席技师的称号是永久有效的吗", "评上浙派工匠管几年？"])
def test_how_long_a_title_lasts_is_out_of_scope(question):
    from assistant.chat.rules.out_of_scope import out_of_scope

    assert out_of_scope(question) == "称号或证书的有效期"


@pytest.mark.parametrize("question", ["首席技师能不能两个单位同时推荐？", "可以由其他单位一起推荐吗", "两个部门同时报行不行"])
def test_two_recommenders_are_not_two_honours(question):
    from assistant.chat.rules.combining import combines

    assert not combines(question, ())


@pytest.mark.parametrize(("question", "clause"), [
    ("浙派工匠推荐对象需要领导班子研究吗？", "zj_craftsman_2023#四/(二)/1"),  # 领导班子 is the unit's body, not a leader
    ("首席技师需要提交电子版吗？", "hz_chief_technician_2021#三/(二)"),  # 电子文档
    ("第四届数字工匠事业单位的人优先推荐谁？", "hz_digital_craftsman_2026#二"),  # 优先推荐本单位数字专员
    ("首席技师能在网上校验证书吗？", "hz_chief_technician_2021#三/(二)"),  # 可通过网上校验的无需提供
])
def test_procedure_words_are_not_conditions_and_notice_words_answer(deps, question, clause):
    answer = respond(Session(), question, deps)
    assert answer.citations and answer.citations[0].clause_id == clause


@pytest.mark.parametrize(("question", "silent", "label"), [
    ("第四届数字工匠的联系人邮箱是多少？", True, "邮箱"),  # its notice gives a name and a phone, no email
    ("首席技师的联系邮箱是什么？", False, None),
    ("第四届数字工匠有问题找谁？", False, None),  # "有问题找谁" asks for the contact alone
])
def test_a_contact_of_the_kind_asked(deps, question, silent, label):
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert ("没有写明" in first) is silent
    if label:
        assert f"没有写明{label}" in first


@pytest.mark.parametrize(("question", "second"), [
    ("浙派工匠评上了给多少奖金，税前还是税后？", "没有写明您问的这一点"),  # the amount's sentence says no tax
    ("第四届数字工匠要交哪些材料，交到哪里？", "报送至市总工会经济工作部"),  # one sentence answers both
    ("突出贡献浙派工匠多久评一次，一次评多少人？", "50名"),
])
def test_a_sentence_answers_a_second_ask_only_on_its_own_topic(deps, question, second):
    answer = respond(Session(), question, deps)
    tail = answer.text.split("2. ", 1)[1]
    assert second in tail


@pytest.mark.parametrize(("question", "clause"), [
    ("首届数字工匠有事找谁咨询？", "hz_digital_craftsman_2023#"),  # 联系人及联系方式：沈老师
    ("首席技师的联系电话多少？", "hz_chief_technician_2021#五"),
    ("第四届数字工匠有问题找谁？", "hz_digital_craftsman_2026#五"),
])
def test_a_bare_contact_question_quotes_the_contact_not_a_forms_field(deps, question, clause):
    answer = respond(Session(), question, deps)
    assert answer.citations[0].clause_id.startswith(clause)
    assert "\t" not in answer.citations[0].quote


def test_a_notice_without_a_contact_is_silent_not_a_forms_field(deps):
    answer = respond(Session(), "杭州工匠申报有问题问谁？", deps)
    assert answer.text.startswith("首届杭州工匠的通知没有写明")


@pytest.mark.parametrize(("question", "cell", "form"), [
    ("首席技师申报表获得荣誉称号情况能写多少字", "获得荣誉称号情况 (300字以内)", "汇总表"),
    ("首届数字工匠推荐表主要事迹写多少字", "主要事迹（400字以内）", "汇总表"),
])
def test_a_limit_the_named_form_lacks_is_quoted_from_the_form_that_sets_it(deps, question, cell, form):
    """The named form's cell sets no limit: the notice's other form's cell answers, said to be that form's."""
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert "没有写明字数" in first and form in first
    assert answer.citations[0].quote == cell


def test_the_named_forms_own_limit_still_answers(deps):
    answer = respond(Session(), "第四届推荐表主要事迹能写多少字", deps)
    assert "没有写明" not in answer.text and "300字以内" in answer.text
