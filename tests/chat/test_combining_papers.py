"""Applying for several honours together (chat/rules/combining.py) and questions about a paper's form (原件, 复印件;
chat/rules/things.py): the silence where no notice rules, the sentence that holds it where one does."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.combining import combines
from assistant.chat.rules.things import thing
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize("question", [
    "杭州工匠和首席技师能同时报吗？",
    "数字工匠和浙派工匠可以一起申报吗？",
    "一个人能同时报两个荣誉吗？",
    "报了第四届数字工匠还能报浙派工匠吗？",
    "首席技师可以和别的项目一起报吗",
])
def test_applying_together_is_answered_with_the_silence_and_each_contact(deps, question):
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert "没有写明能否同时申报" in first
    assert not answer.citations  # no clause that merely says 同时 is quoted
    assert "咨询" in answer.text


@pytest.mark.parametrize(("question", "programs", "together"), [
    ("评上杭州工匠会同时授予劳动奖章吗？", ("hz_craftsman_2016",), False),  # 同时 of the award, not of applying
    ("杭州工匠和首席技师都要求是工会会员吗", ("hz_craftsman_2016", "hz_chief_technician_2021"), False),
    ("评上杭州工匠了还能报第四届数字工匠吗？", ("hz_craftsman_2016", "hz_digital_craftsman_2026"), False),
    ("能同时申报吗", (), False),  # one honour: nothing to combine
    ("两个项目能一起报吗", (), True),
])
def test_what_counts_as_applying_together(question, programs, together):
    assert combines(question, programs) is together


def test_a_held_title_is_answered_by_the_asked_programmes_rule(deps):
    answer = respond(Session(), "评上杭州工匠了还能报第四届数字工匠吗？", deps)
    assert "不再重复推荐" in answer.text
    assert [c.clause_id for c in answer.citations] == ["hz_digital_craftsman_2026#二"]


@pytest.mark.parametrize(("question", "words"), [
    ("证书原件要交上去吗", ("原件",)),
    ("获奖证书要提供原件吗", ("原件",)),
    ("原件要不要交", ("原件",)),
    ("身份证复印件要交吗", ("身份证", "复印件")),  # a named paper the notices do not name stays in the thing
    ("佐证材料的原件会退回来吗", ("退回",)),  # the direction of the verb is not in the notice's word
])
def test_a_papers_form_is_the_thing(question, words):
    assert thing(question).words == words


@pytest.mark.parametrize("question", [
    "证书原件要交上去吗",
    "首席技师的证书原件要交上去吗？",
    "首席技师佐证材料要交原件吗",
])
def test_what_happens_to_originals_is_quoted_whole(deps, question):
    answer = respond(Session(), question, deps)
    assert "原件须报送上级部门校验。上级部门校验后，将原件退回。" in answer.text
    assert answer.citations[0].clause_id == "hz_chief_technician_2021#三/(一)"


def test_a_notice_without_originals_is_silent_on_them(deps):
    answer = respond(Session(), "第四届数字工匠的证书原件要交吗？", deps)
    assert answer.text.startswith("第四届杭州数字工匠的通知没有写明")
    assert not answer.citations


def test_a_nomination_prize_may_apply_again(deps):
    answer = respond(Session(), "首届数字工匠拿了提名奖的还能再评吗？", deps)
    assert "继续参评" in answer.text


@pytest.mark.parametrize(("question", "clause"), [
    ("杭州工匠评上了会上电视宣传吗？", "hz_craftsman_2016#八/(一)"),  # 电视 in the sentence, 宣传 in its heading
    ("浙派工匠候选人要过纪检那一关吗？", "zj_craftsman_2023#四/(二)/3"),  # "那一关" is no word of the thing
    ("首届数字工匠提名奖以后还能评正式的吗？", "hz_digital_craftsman_2023#附件1/一"),  # 继续参评
])
def test_a_thing_held_with_its_heading_or_without_filler_words(deps, question, clause):
    answer = respond(Session(), question, deps)
    assert answer.citations and answer.citations[0].clause_id == clause


@pytest.mark.parametrize(("question", "clause"), [
    ("杭州工匠要经过资格审核吗？", "hz_craftsman_2016#五"),  # 经过 is how one asks, not what
    ("浙派工匠需要经过省政府批准吗？", "zj_craftsman_2023#四/(六)"),
    ("第四届数字工匠要经过初审吗", "hz_digital_craftsman_2026#三/(二)/1/(1)"),
])
def test_going_through_a_step_is_asked_of_the_step(deps, question, clause):
    answer = respond(Session(), question, deps)
    assert answer.citations and answer.citations[0].clause_id == clause


@pytest.mark.parametrize("question", [
    "首届和第四届数字工匠，已获评浙江工匠的能报吗？",
    "两届数字工匠对已获评杭州工匠的人能报吗，规定一样吗？",
])
def test_a_third_title_held_is_compared_side_by_side(deps, question):
    from assistant.chat.rules.combining import held_title_answer

    # the held title is none of the compared programmes: the comparison answers, side by side
    assert held_title_answer(question, deps, None, among=["hz_digital_craftsman_2026", "hz_digital_craftsman_2023"]) is None
