"""One table of correction words (``language/data/corrections.json``), each reader choosing its families."""

from __future__ import annotations

import pytest

from assistant.language.correcting import (
    corrects,
    denial_lead,
    only_correction,
    said_wrong_at,
    says_wrong,
    self_corrects,
    without_markers,
)


@pytest.mark.parametrize("text", ["不对，是2015年", "我算错了", "看错了，是高级工", "更正一下", "其实是四年",
                                  "准确地说是七年", "刚才说的不算", "应该是2018年"])
def test_any_correction_word_hedges_included(text):
    assert corrects(text)


@pytest.mark.parametrize("text", ["申报表填错了能换吗", "没错吧", "手艺还不错", "十年零差错", "我想报首席技师"])
def test_wrong_without_a_verb_inside_a_clause_is_no_correction(text):
    assert not corrects(text) and not says_wrong(text)


def test_a_hedge_is_a_correction_word_but_says_nothing_wrong():
    assert corrects("应该是2015年吧") and not says_wrong("应该是2015年吧")
    assert says_wrong("哦不，是技师") and says_wrong("错了，是2019年") and says_wrong("重新说一下")


def test_within_a_message_a_hedge_is_no_self_correction():
    assert self_corrects("我记错了") and self_corrects("口误") and not self_corrects("其实还在一线")


def test_where_the_correction_begins_with_its_punctuation():
    text = "拿过第二名……不对，说错了，第二名是2013年那次"
    m = said_wrong_at(text)
    assert text[:m.start()] == "拿过第二名" and text[m.end():].startswith("，说错了")


@pytest.mark.parametrize("clause", ["不对", "错了", "说错了", "弄错了", "更正一下", "改一下", "口误"])
def test_a_clause_of_only_a_correction_word(clause):
    assert only_correction(clause)


@pytest.mark.parametrize("clause", ["不对劲", "是2015年", "其实", "我算错了年份"])
def test_a_clause_saying_more_is_not_only_a_correction(clause):
    assert not only_correction(clause)


def test_a_denial_leading_a_reply():
    assert denial_lead("不是，最高是高级技师") == 3
    assert denial_lead("不对啊，单位在嘉兴") == 4
    assert denial_lead("不是管理岗") == 0


def test_markers_taken_out():
    assert without_markers("应该是2015年吧") == "2015年吧"
    assert without_markers("记错了，是2019年") == "了，是2019年"
