"""A title named as the topic and taken up again before what is said of it ("杭州工匠这块牌子我前年就到手了", "浙江工匠这个
称号我早就有了"), and a winning said just now ("去年刚评的杭州工匠"): held. Before, the words taking the title up again
(这块牌子) hid the comment, and the segmenter glued 刚评 into a noun, so neither was read and a programme that bars the
title found nothing to bar."""

from __future__ import annotations

import pytest

from assistant.language.doing import obtaining
from assistant.language.titles import topic_rest
from tests.extract_support import ABSENT, check


@pytest.mark.parametrize("text, titles", [
    ("杭州工匠这块牌子我前年就到手了", ["杭州工匠"]),
    ("浙江工匠这个称号我早就有了", ["浙江工匠"]),
    ("杭州工匠这个我去年刚拿到手", ["杭州工匠"]),
    ("去年刚评的杭州工匠，单位又让我报首届数字工匠", ["杭州工匠"]),
])
def test_a_title_taken_up_again_or_just_won_is_held(text, titles):
    check(text, {"prior_titles": titles})


@pytest.mark.parametrize("text", [
    "浙江工匠我报过两次都落选了",  # applied, not won
    "杭州工匠那个我想评",  # a wish
    "浙江工匠那个是我师傅的",  # someone else's
])
def test_a_title_taken_up_again_without_winning_is_not_held(text):
    check(text, {"prior_titles": ABSENT})


def test_topic_rest_drops_only_the_words_taking_the_title_up():
    assert topic_rest("这块牌子我前年就到手了") == "我前年就到手了"
    assert topic_rest("的称号我有") == "我有"
    assert topic_rest("评上了") == "评上了"


def test_just_before_a_verb_of_obtaining_is_read_past():
    assert obtaining("去年刚评的")
    assert obtaining("才拿到的")
    assert not obtaining("刚来杭州")


@pytest.mark.parametrize("text, titles", [
    ("之前有幸评上杭州工匠", ["杭州工匠"]),
    ("浙江工匠我是拿了的", ["浙江工匠"]),
    ("我前年成了杭州工匠", ["杭州工匠"]),
    ("我也算个杭州工匠", ["杭州工匠"]),
    ("我身上有浙江工匠这个荣誉", ["浙江工匠"]),
    ("浙江工匠是去年评给我的", ["浙江工匠"]),
])
def test_a_title_held_by_the_clauses_shape(text, titles):
    check(text, {"prior_titles": titles})


@pytest.mark.parametrize("text", [
    "杭州工匠评上了",  # subjectless, no time: may suppose
    "我是来问杭州工匠的",  # an ask
    "我2019年参加了杭州工匠评选",  # an application
    "我们厂去年评上了三个杭州工匠",  # others, counted
    "我师傅前年评上了杭州工匠",  # someone else's
])
def test_a_clause_shaped_otherwise_holds_no_title(text):
    check(text, {"prior_titles": ABSENT})
