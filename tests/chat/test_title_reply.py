"""A reply to the titles question naming a title with its round or a holding word is the title held, not a turn
to the programme of that name (held20)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import titles_named
from assistant.chat.case.state import Pending
from assistant.chat.case.title_reply import names_title_held

TODAY = dt.date(2026, 11, 21)
ASKED = Pending(field="prior_titles", kind="list")


@pytest.mark.parametrize("text", ["就是第一届的杭州数字工匠", "数字工匠 第三届", "有 省首席", "省首席技师 有的"])
def test_a_title_with_its_round_or_holding_answers(text):
    assert names_title_held(ASKED, text, TODAY)


@pytest.mark.parametrize("text", ["换成首届数字工匠", "那浙派工匠呢", "杭州工匠", "数字工匠第四届能报吗"])
def test_a_turn_or_a_bare_name_is_no_answer(text):
    assert not names_title_held(ASKED, text, TODAY)


def test_no_titles_question_pending_is_no_answer():
    assert not names_title_held(None, "就是首届的杭州数字工匠", TODAY)


@pytest.mark.parametrize(("text", "title"), [("省首席", "浙江省首席技师"), ("市首席", "杭州市首席技师"),
                                             ("数字工匠", "杭州数字工匠")])
def test_short_forms_of_titles_are_named(text, title):
    assert title in titles_named(text)


def test_the_bare_name_answers_when_its_name_was_asked():
    """"评过" then "杭州工匠" to "您说有，是哪个…": the title held, not a turn to 首届杭州工匠."""
    assert names_title_held(ASKED, "杭州工匠", TODAY, named_asked=True)
    assert not names_title_held(ASKED, "那杭州工匠呢", TODAY, named_asked=True)


def test_hearsay_of_the_winners_holds_no_title():
    """dev qa-601: the short forms named by titles_named reach corrections.held_after; hearsay of what the winners
    get ("听说首届数字工匠评上的每人有一万块奖金") tells no title held."""
    from assistant.chat.case.corrections import held_after

    assert held_after("听说首届数字工匠评上的每人有一万块奖金，是吧") == {}
    assert held_after("数字工匠我2023年就评上了") == {"prior_titles": ["杭州数字工匠"]}
