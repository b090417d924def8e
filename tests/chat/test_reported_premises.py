"""A premise said as someone else's word ("领导讲…", "老李说…", "群里说…") and closed with any tag that asks to
confirm ("是这样伐", "没错伐", "对么") is checked as the premise it reports: the reporter is no part of what is
checked (chat/routing.py confirm tags and unreported, chat/turn.py, language/data/context.json ``reported``)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.routing import INTENT_PATTERNS, unreported
from assistant.chat.turn import respond


@pytest.mark.parametrize("text", ["一个区能报五个，是这样伐？", "公示十天没错伐", "奖金一万对么", "是五年评一次是真的哇",
                                  "截止是7月15号对不？", "只评国企的对伐"])
def test_the_tags_that_ask_to_confirm(text):
    assert INTENT_PATTERNS["confirm"].search(text), text


@pytest.mark.parametrize("text", ["对不起，我想问一下截止时间", "首席技师是不需要交原件吗", "这个对不上号"])
def test_no_confirmation_tag(text):
    assert not INTENT_PATTERNS["confirm"].search(text), text


@pytest.mark.parametrize(("text", "left"), [
    ("老李说首席技师一个区能报五个", "首席技师一个区能报五个"),
    ("群里说主要事迹能写八百字", "主要事迹能写八百字"),
    ("小王讲浙派工匠公示十天", "浙派工匠公示十天"),
    ("他老是说我不行", "他老是说我不行"),  # 老是: always, no reporter
    ("小说里讲的", "小说里讲的"),
])
def test_a_named_or_group_reporter_is_a_frame(text, left):
    assert unreported(text) == left


@pytest.mark.parametrize(("question", "clause", "stated"), [
    ("领导讲浙派工匠一次就评二十个人，是不是真的", "zj_craftsman_2023#一", "50名"),  # 领导 is no 领导班子
    ("我们厂里老李说首席技师各类协会能推五个人，是这样伐？", "hz_chief_technician_2021#四", "2名"),
])
def test_a_reported_premise_is_corrected(deps, question, clause, stated):
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert first.startswith("不对") and stated in first, answer.text
    assert any(c.clause_id == clause for c in answer.citations), answer.text


@pytest.mark.parametrize(("text", "bare"), [
    # an adverbial frame inside the clause: the words before it are the premise's topic, kept
    ("首席技师的名额听说是每个区四个，对吧", "首席技师的名额是每个区四个，对吧"),
    ("杭州工匠奖金据说是分两年发的吧", "杭州工匠奖金是分两年发的吧"),
    # a speaker and a verb: who said it goes
    ("我们单位领导说浙派工匠三年评一次", "浙派工匠三年评一次"),
])
def test_an_adverbial_frame_keeps_the_topic_before_it(text, bare):
    assert unreported(text) == bare


def test_a_reference_day_said_after_an_adverbial_frame_is_corrected(deps):
    answer = respond(Session(), "第四届数字工匠的工作年限据说是算到评审那天的，我差两个月满五年，应该来得及吧", deps)
    first = answer.text.splitlines()[0]
    assert first.startswith("不对") and "2026年3月31日" in first


@pytest.mark.parametrize("text", ["师傅说浙派工匠本工种干满三年就行，那我就先报了", "领导讲首席技师每个区能推六个，我们先按六个准备了啊"])
def test_a_message_acting_on_a_reported_rule_reports_a_premise(text):
    from assistant.chat.routing import confirms

    assert confirms(text)


@pytest.mark.parametrize("text", ["领导说要干满十年", "同事说我这个不算，那我就不报了"])  # no act on it; the asker's own case
def test_a_report_not_acted_on_or_of_the_asker_is_none(text):
    from assistant.chat.routing import confirms

    assert not confirms(text)


def test_the_premise_acted_on_is_corrected(deps):
    answer = respond(Session(), "领导讲浙派工匠单位里公示三天就够了，那我们就挂三天了", deps)
    assert answer.text.splitlines()[0].startswith("不对")
