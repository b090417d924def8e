"""A reply to the titles question that lists them clause by clause, or asks its own question first
(chat.case.title_items, chat.case.said.question_then_answer)."""

from __future__ import annotations

import pytest

from assistant.chat.case.said import question_then_answer
from assistant.chat.case.title_items import listed_titles, with_listed
from tests.chat_support import talk

FIRST = "第四届数字工匠 我在拱墅做智慧物流系统开发 一七年来杭州 会员 一直在技术岗"


@pytest.mark.parametrize(("said", "titles"), [
    ("有个杭州数字工匠提名奖 还有一个二一年的杭州工匠", ["杭州工匠"]),  # the nominee's prize is no title held
    ("市技术能手，还有省首席", ["浙江省首席技师"]),
    ("没有别的，就杭州工匠", ["杭州工匠"]),
    ("杭州工匠 二二年的", ["杭州工匠"]),
    ("浙江工匠 杭州工匠都没有", []),  # the denial takes in both
    ("我带的徒弟前年评上了杭州工匠", []),  # someone else's
    ("我想评杭州工匠", []),  # a wish
    ("杭州工匠的条件是什么", []),  # a question
    ("二二年评杭州工匠落选了", []),  # no bare item: more is said of it
    ("报过省首席，没评上", []),  # applied for, not won
    ("省首席，没评上", []),  # the clause after says it was not won
    ("浙江工匠，杭州工匠没评上", ["浙江工匠"]),  # the failure names its own title
])
def test_bare_items_of_the_list(said, titles):
    assert listed_titles(said) == titles


def test_listed_titles_add_to_those_read():
    assert with_listed(["杭州数字工匠提名奖"], "还有一个杭州工匠") == {"prior_titles": ["杭州数字工匠提名奖", "杭州工匠"]}
    assert with_listed(["杭州工匠"], "还有一个杭州工匠") == {}


@pytest.mark.parametrize(("said", "split"), [
    ("申报表里获奖那栏怎么填？我有个杭州工匠", ("我有个杭州工匠", "申报表里获奖那栏怎么填？")),
    ("那要交什么材料？没有", ("没有", "那要交什么材料？")),
    ("能报吗？", ("能报吗？", "")),  # nothing told after it
    ("啥意思？哪个称号？", ("啥意思？哪个称号？", "")),  # asks again
])
def test_a_question_asked_before_the_answer(said, split):
    assert question_then_answer(said) == split


@pytest.mark.parametrize("reply", ["有个杭州数字工匠提名奖 还有一个二一年的杭州工匠",
                                   "申报表里获奖那栏怎么填？我有个杭州数字工匠提名奖 还有二二年的杭州工匠"])
def test_a_title_listed_late_bars(deps, reply):
    _, answers = talk(deps, FIRST, reply)
    assert answers[-1].verdicts[0].verdict == "not_eligible"
