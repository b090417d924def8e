"""A checklist item echoed as a topic before its answer ("工会？没加过", "荣誉嘛，没有") is one clause with it: the
answer's negation is about the item (``assistant.language.topics``). A bare noun before a comma is a short answer of
its own, and an answer that is no negation leaves the item as it was said."""

from __future__ import annotations

import pytest

from assistant.language.topics import fold_topics


@pytest.mark.parametrize(("text", "folded"), [
    ("工会？没加过", "工会没加过"),
    ("比赛？从来没参加过", "比赛从来没参加过"),
    ("成绩嘛，没啥", "成绩没啥"),
    ("省级的荣誉呢，一个都没有", "省级的荣誉一个都没有"),
    ("工会的话没有", "工会：没有"),  # a bare negation: the field answered none, as a form writes it
    ("带徒弟？没有", "带徒弟：没有"),
    ("带徒？从来没有", "带徒：没有"),
    ("获奖情况嘛，基本没有", "获奖情况：没有"),
    ("徒弟？带过三个", "徒弟带过三个"),  # a yes after the echo
    ("工会？入了", "工会入了"),
])
def test_an_echoed_or_marked_item_joins_its_negated_answer(text, folded):
    assert fold_topics(text) == folded


@pytest.mark.parametrize("text", [
    "会员，没评过什么",  # a bare noun and a comma: a yes, then a no
    "工会嘛，入了，称号没有",  # the answer is no negation
    "工会会员，奖没拿过",
    "我是工会会员？不是",  # no item said bare: the asker's own question
    "比赛？参加过吗",  # the answer asks back
    "徒弟嘛，带过三个",  # a yes only after the echo: a marked topic then a deed may be two things said
])
def test_no_fold_without_a_topic_and_a_negated_answer(text):
    assert fold_topics(text) == text


def test_a_bare_negation_closing_a_spoken_list_denies_its_nouns():
    from assistant.language.clauses import clauses

    assert all(c.negated for c in clauses("比赛啊奖啊没有"))
    assert not clauses("带徒啊改造啊没有")[0].negated  # verbs listed: left as they were
