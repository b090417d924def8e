"""A denial softened by a closing 吧 ("钢化玻璃也算不上啥老手艺吧") is a statement, read like the same denial without it;
an A-not-A or an unsure 吧 ("算不算革新吧", "不知道算不算革新吧") asks and denies nothing (held19)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.classify import denied_only

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "kind"), [("钢化玻璃也算不上啥老手艺吧", "craft"), ("我这没有什么绝活吧", "knack")])
def test_a_hedged_denial_denies_its_kind(text, kind):
    assert kind in (denied_only(extract(text, TODAY).profile.get("achievements") or []) or set())


@pytest.mark.parametrize("text", ["这个算不算技术革新吧", "做了个小工装，不知道算不算革新吧"])
def test_an_unsure_or_a_not_a_question_denies_nothing(text):
    said = extract(text, TODAY).profile.get("achievements")
    assert said is None or denied_only(said) is None and said != []
