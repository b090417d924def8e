"""Paraphrase probes qp-1100… (dev half) found stages reading the dev rows' words, not their questions; each test
here says the mechanism with phrasings other than the probes': a question word said as an indefinite asks nothing,
a kind of place asked decides the type, things joined by 或 are alternatives, a format said with a digit is a word,
keeping someone from judging one is 回避, the applicant's own step answers the asker's "我能不能", a file's name
said as 名字/标题, and a template asked after a form named in an earlier ask."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import classify, question_parts
from assistant.chat.rules.things import holds_thing, thing
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize("question", [
    "我帮同事填首席技师申报表，“主要荣誉”那栏他什么都没有，可以不写吗？",
    "技能证书他啥都没考过，能直接空着吗？",
])
def test_an_indefinite_question_word_is_no_ask_of_its_own(question):
    assert question_parts(question) == [question]


@pytest.mark.parametrize("question", [
    "浙派工匠的材料归省人社厅哪个科收？",
    "首席技师的纸质材料是人社局哪个处室受理？",
    "第四届数字工匠的表是市总工会哪个部门收？",
])
def test_a_kind_of_place_asked_is_a_place_question(question):
    assert classify(question).type == "place"


def test_a_reward_is_still_a_reward():
    assert classify("首席技师评上有什么好处").type == "money"


def test_things_joined_by_or_are_alternatives():
    asked = thing("评上以后单位会不会发奖杯或者奖牌")
    assert asked is not None and asked.words == ("奖杯|奖牌",)
    assert holds_thing(asked, "颁发证书、奖牌和一次性奖励")
    assert not holds_thing(asked, "颁发证书和一次性奖励")


def test_a_format_said_with_a_digit_is_a_word():
    asked = thing("推荐表可以用A3纸打印吗")
    assert asked is not None and "A3" in asked.words


def test_a_paper_size_no_notice_names_is_silent(deps):
    answer = respond(Session(), "首席技师的申报材料一律用A4纸吗", deps)
    assert "没有写明" in answer.text.splitlines()[0], answer.text
    assert not answer.citations, answer.text


@pytest.mark.parametrize("question", [
    "浙派工匠的评审专家跟我有矛盾，我能不能让他别参加评审？",
    "突出贡献浙派工匠评委里有我亲戚，我可不可以让他避开",
])
def test_keeping_someone_from_judging_is_recusal_and_the_applicants_step_answers(deps, question):
    answer = respond(Session(), question, deps)
    assert "没有写明" not in answer.text.splitlines()[0], answer.text
    assert any(c.clause_id == "zj_craftsman_2023#六/(一)" and "申请其回避" in c.quote for c in answer.citations), answer.text


def test_a_files_name_said_as_its_name_is_its_file_name(deps):
    answer = respond(Session(), "首届数字工匠打包发过去的文件，名字有啥讲究", deps)
    assert any("文件名为" in c.quote for c in answer.citations), answer.text


def test_a_template_asked_after_a_form_named_earlier_is_that_forms(deps):
    answer = respond(Session(), "首席技师的《认定推荐报告》要写几页？有没有模板？", deps)
    assert "推荐报告的模板" in answer.text, answer.text
    assert not any("19xx" in c.quote for c in answer.citations), answer.text


def test_a_side_that_is_only_a_question_word_offers_no_choice():
    from assistant.chat.rules.choice import alternatives

    assert alternatives("申报表交一本还是几本") is None
    assert alternatives("奖金一次发完还是分几年发") is not None  # 几 as "some": a real alternative
    assert alternatives("是一个部门定，还是几个部门一起定") is not None


@pytest.mark.parametrize(("question", "label"), [("第四届推荐表每人要填几张", "张数"), ("首席技师的材料要装订几本", "本数")])
def test_papers_counted_by_the_sheet_or_copy_are_a_count(deps, question, label):
    assert classify(question).type == "count"
    answer = respond(Session(), question, deps)
    assert f"没有写明{label}" in answer.text.splitlines()[0], answer.text


def test_whether_a_body_may_put_people_forward_is_asked_of_that_body(deps):
    asked = thing("产业工会能不能推荐第四届数字工匠")
    assert asked is not None and asked.words == ("产业工会", "推荐")
    answer = respond(Session(), "首届杭州工匠，专业学会那种社团有没有推荐资格", deps)
    assert any(c.clause_id == "hz_craftsman_2016#四/(二)" for c in answer.citations), answer.text


def test_money_asked_of_an_assumed_edition_is_its_silence_not_a_refusal_over_all(deps):
    answer = respond(Session(), "数字工匠评上了能拿钱吗", deps)
    first = answer.text.splitlines()[0]
    assert first.startswith("第四届杭州数字工匠的通知没有写明"), answer.text
    assert "五份通知" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["杭州工匠的评审专家是哪些人", "第四届数字工匠评委都有谁"])
def test_who_a_group_is_made_of_asked_of_the_group_is_its_composition(deps, question):
    assert classify(question).values == "composition"
    answer = respond(Session(), question, deps)
    assert any("组成" in c.quote for c in answer.citations), answer.text


def test_a_clause_heading_alone_answers_no_ask(deps):
    answer = respond(Session(), "首届杭州工匠的奖金多久能拿到？是发给个人还是发给单位？", deps)
    assert not any(c.quote.strip() in ("（四）个人自荐", "(四)个人自荐") for c in answer.citations), answer.text


@pytest.mark.parametrize("question", ["推荐表要单位盖章吗？那这样行不行？", "证明人必须是领导吗？写他可以吗？"])
def test_an_ask_pointing_back_with_a_pronoun_is_the_ask_before_it(question):
    assert question_parts(question) == [question]
