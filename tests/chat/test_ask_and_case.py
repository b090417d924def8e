"""The ask leads, the asker's own case told after it only qualifies it (answer_types.the_ask), and a yes/no word
the segmenter joins to an adverb ("还要", "也得") still names the thing asked about (things._last_operator)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import is_ask, the_ask
from assistant.chat.rules.things import thing
from assistant.chat.turn import respond


@pytest.mark.parametrize(("question", "ask"), [
    ("第四届数字工匠报名还要单位盖章吗？我们是小公司", "第四届数字工匠报名还要单位盖章吗？"),
    ("杭州工匠申报表要贴几寸照片，我们是做茶叶的小厂", "杭州工匠申报表要贴几寸照片"),
    ("首席技师材料交到哪里？我们是萧山的一家民营企业", "首席技师材料交到哪里？"),
    ("报首席技师要单位盖章吗，我们就十几个人的小作坊", "报首席技师要单位盖章吗"),
])
def test_the_own_case_after_a_topical_ask_drops_out(question, ask):
    assert the_ask(question) == ask


@pytest.mark.parametrize("question", [
    "我们单位没建工会，我还能报吗",  # the case before a bare ask is its topic
    "我能报吗？我们是小公司",  # an ask with no topic of its own keeps the case
    "首席技师要几个人",  # no own case at all
])
def test_an_ask_without_its_own_topic_keeps_the_case(question):
    assert the_ask(question) == question


def test_a_rough_number_asks_nothing():
    assert not is_ask("我们就十几个人")
    assert not is_ask("干了二十几年")
    assert is_ask("能报几个")


@pytest.mark.parametrize(("question", "words"), [
    ("第四届数字工匠报名还要单位盖章吗", ("单位", "盖章")),
    ("浙派工匠也得单位盖章吗", ("单位", "盖章")),
    ("首席技师还要交原件吗", ("原件",)),
])
def test_a_yes_no_word_joined_to_an_adverb_still_names_the_thing(question, words):
    assert thing(question).words == words


@pytest.mark.parametrize(("question", "form"), [
    ("第四届数字工匠报名还要单位盖章吗？我们是小公司", "hz_digital_craftsman_2026#附件"),
    ("杭州工匠申报表还要推荐单位盖章吗", "hz_craftsman_2016#附件"),
    ("第四届数字工匠推荐表本人也要签名吗", "hz_digital_craftsman_2026#附件"),
])
def test_a_seal_or_signature_question_is_answered_by_the_form_cell_asking_for_it(deps, question, form):
    answer = respond(Session(), question, deps)
    cited = [c for c in answer.citations if c.clause_id == form]
    assert cited and any(w in cited[0].quote for w in ("盖章", "签名")), answer.text
    assert "数据集团" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "searched"), [
    ("浙派工匠单位要准备啥东西", True),
    ("杭州工匠要准备些啥东西", True),
    ("第四届数字工匠推荐要准备啥", True),
    ("首席技师要准备哪些材料", False),  # names the papers itself
])
def test_a_list_question_naming_no_paper_searches_for_materials(question, searched):
    from assistant.chat.rules.factual import _query

    assert (_query(question) != question) == searched


@pytest.mark.parametrize("question", ["首席技师材料送到哪个地方，地址多少", "首席技师那边的地址是多少", "首席技师的办公地址在哪"])
def test_a_forms_blank_field_gives_no_address(deps, question):
    answer = respond(Session(), question, deps)
    assert "解放东路" in answer.text, answer.text
