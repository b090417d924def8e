"""The level check (chat.rules.levels): a sentence saying the asked thing at another level than the question asks
(the employer's 公示 for the city's, the province's total for Hangzhou's share) does not answer it. The phrasings
are not rows of the eval sets or the probes."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.levels import asked_level, focus_words, home_level, levels, mismatched, said_levels
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)
ZJ = "浙江省新时代突出贡献浙派工匠评选表彰办法浙江省人力资源和社会保障厅"
HZ = "关于开展2021年杭州市首席技师认定工作的通知杭州市人力资源和社会保障局"


@pytest.fixture(scope="module")
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize(("question", "level"), [
    ("浙派工匠全省公示要几天", "province"),
    ("数字工匠市一级的名单会挂出来吗", "city"),
    ("首席技师县里能报几个人", "district"),
    ("临平区工会推荐杭州工匠有几个指标", "district"),   # a place name ending in 区 (jieba: ns)
    ("首席技师公司里面要不要先公示", "unit"),
    ("协会推荐首席技师能推几个", "association"),
    ("省里的那个浙派，咱们杭州市能推多少人", "city"),   # the ask clause's own level, not the clause before
    ("首席技师在厂里公示过了，大概公示了几天", "unit"),   # a level said in the clause before the ask
])
def test_the_level_an_ask_puts_on_its_thing(question, level):
    found = asked_level(question)
    assert found is not None and found[0].name == level


@pytest.mark.parametrize("question", [
    "我在杭州上班，浙派工匠奖励多少钱",      # where the asker works is the asker's case
    "浙派工匠奖励多少钱",
    "杭州市首席技师材料交到哪里",            # the programme's own name
])
def test_no_level_is_asked(question):
    assert asked_level(question) is None


def test_every_level_row_has_words_both_ways():
    for level in levels():
        assert level.asked and level.said and level.label, level.name


def test_a_notice_speaks_at_its_title_s_level():
    assert home_level(ZJ) == "province"
    assert home_level(HZ) == "city"


def test_the_sentence_level_is_said_beside_the_asked_thing():
    quote = "区、县(市)人力社保部门组织专家评议，公示无异议的，按推荐名额报送；确定申报人选时应征求本单位员工意见，进行公示。"
    assert said_levels(quote, ("公示",)) == {"district", "unit"}
    assert said_levels("每次评选突出贡献浙派工匠 50名。", ("名额",), re.compile(r"\d+\s*名")) == set()


@pytest.mark.parametrize(("question", "quote", "title", "mismatch"), [
    ("首席技师市级的公示有吗", "确定申报人选时应征求本单位员工意见，进行公示。", HZ, True),
    ("浙派工匠咱们杭州能拿几个名额", "每 5年评选一次，每次评选突出贡献浙派工匠 50名。", ZJ, True),
    ("浙派工匠省里评选多少个", "每 5年评选一次，每次评选突出贡献浙派工匠 50名。", ZJ, False),
    ("浙派工匠在本单位公示多长时间", "并在本单位进行脱密公示，公示时间不少于 5个工作日。", ZJ, False),
    ("浙派工匠市里公示多长时间", "在全省范围内进行公示，公示时间不少于 5个工作日。", ZJ, True),
])
def test_mismatched(question, quote, title, mismatch):
    assert (mismatched(question, quote, title, re.compile(r"\d+\s*(?:名|个|工作日)")) is not None) is mismatch


def test_focus_words_leave_out_levels_and_asking():
    assert focus_words("浙派工匠市里公示要多少天") == ("公示",)


@pytest.mark.parametrize(("question", "named"), [
    ("浙派工匠走到市人社局那一级，市里还要公示多少天？", "市里的公示天数"),
    ("突出贡献浙派工匠，咱们杭州市一共可以推荐几个？", "杭州市的具体数量"),
])
def test_an_ask_at_another_level_is_silent_and_names_the_level(question, named, deps):
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert "没有写明" in first and named in first
    assert not answer.citations


@pytest.mark.parametrize(("question", "fact", "clause"), [
    ("浙派工匠在本单位要公示多少天？", "5个工作日", "zj_craftsman_2023#四/(二)/1"),
    ("浙派工匠最后在全省公示多少天？", "5个工作日", "zj_craftsman_2023#四/(五)"),
    ("突出贡献浙派工匠全省一共评几个？", "50名", "zj_craftsman_2023#一"),
])
def test_an_ask_at_the_sentence_s_level_is_answered(question, fact, clause, deps):
    answer = respond(Session(), question, deps)
    assert fact in answer.text
    assert any(c.clause_id == clause for c in answer.citations)


@pytest.mark.parametrize(("question", "named"), [
    ("杭州市首席技师会不会给奖金？区里公示要几天？", ("奖金", "区里的公示天数")),
    ("第四届数字工匠评上会不会发奖杯？面试在哪儿考？", ("奖", "面试")),
])
def test_two_silent_asks_are_both_named(question, named, deps):
    first = respond(Session(), question, deps).text.splitlines()[0]
    assert "没有写明" in first and all(n in first for n in named)
    assert "您问的这一点" not in first


def test_a_span_is_of_the_step_said_nearest_the_count():
    from assistant.chat.rules.answer_types import classify

    assert classify("浙派工匠到了区里评审推荐那一步，市里公示要几天").label == "公示天数"


def test_the_sentence_at_another_level_is_a_labelled_reference_not_a_citation(deps):
    answer = respond(Session(), "突出贡献浙派工匠到了设区市那一级，市里要公示多少天？", deps)
    lines = answer.text.splitlines()
    assert "没有写明市里的公示天数" in lines[0]
    assert any(ln.startswith("参考（通知写的是全省范围的，不是市里的）") and "四/(五)" in ln for ln in lines)
    assert not answer.citations


def test_one_silent_ask_with_no_kind_of_value_is_named_by_its_own_words(deps):
    first = respond(Session(), "第四届杭州数字工匠认定了以后给不给发奖状？", deps).text.splitlines()[0]
    assert "没有写明" in first and "您问的这一点" not in first and "奖状" in first
