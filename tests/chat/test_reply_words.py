"""Spoken and dialect yes/no forms said as a whole reply are read as the plain yes or no (chat.case.reply_words)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import read_reply
from assistant.chat.case.reply_words import plain_reply

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("said, plain", [
    ("对头", "是"), ("嗯呐", "是"), ("是嘞呀", "是"), ("要得", "是"), ("没毛病", "是"),
    ("冇", "没有"), ("冇得", "没有"), ("木有哦", "没有"), ("莫得", "没有"), ("一个都冇", "没有"), ("压根冇得", "没有"),
])
def test_a_spoken_form_is_read_as_its_plain_word(said, plain):
    assert plain_reply(said) == plain


@pytest.mark.parametrize("said", ["中级工", "冇去考", "对头那个是高级工", "都对头", "没得说", "杭州"])
def test_a_longer_reply_or_another_word_is_left_as_it_is(said):
    assert plain_reply(said) == said


@pytest.mark.parametrize("field, said, got", [
    ("union_member", "对头", {"union_member": True}),
    ("union_member", "嗯呐", {"union_member": True}),
    ("union_member", "冇", {"union_member": False}),
    ("union_member", "莫得", {"union_member": False}),
    ("prior_titles", "一个都冇", {"prior_titles": []}),
    ("prior_titles", "冇得", {"prior_titles": []}),
    ("union_member", "不晓得", {}),
])
def test_the_bare_reply_reader_takes_the_spoken_forms(field, said, got):
    assert read_reply(field, said, TODAY) == got
