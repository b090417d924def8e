"""A short reply to "主要业绩有哪些" that denies some kinds by name is kept as said, so the checker closes those kinds
only; one that names no kind is the empty list, every alternative closed (docs/verdict-policy.md, 明说没有; held19)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import read_reply

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("reply", ["标准没碰过，攻关也谈不上", "革新没搞过", "徒弟没带过"])
def test_a_named_no_is_kept_as_said(reply):
    assert read_reply("achievements", reply, TODAY) == {"achievements": [reply]}


@pytest.mark.parametrize("reply", ["没有", "都没有", "一样都没有"])
def test_a_no_naming_nothing_is_none(reply):
    assert read_reply("achievements", reply, TODAY) == {"achievements": []}
