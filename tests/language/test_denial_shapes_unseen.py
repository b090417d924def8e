"""Denials read by their sentence shape, not by idiom: a verb of making with a negated potential complement (拿不出啥绝活,
搞不出名堂), a kind said to be zero (革新成果为零), a rhetorical with a demonstrative for its object reaching back over
the list before it (带徒、革新…，我哪有这本事); and the shape that is no denial of the speaker: others who cannot do it
(这手艺没几个人会, a boast)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.classify import says_no_achievement
from assistant.language.clauses import negated
from assistant.language.denials import denies_back, rhetorical

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("clause", ["拿不出啥绝活", "搞不出什么名堂", "想不出新法子", "带不出徒弟", "评不上奖"])
def test_a_negated_potential_complement_denies(clause):
    assert negated(clause)


@pytest.mark.parametrize("clause", ["少不了他的功劳", "了不起的手艺", "看不出来有问题"])
def test_a_potential_complement_on_no_verb_of_making_denies_nothing(clause):
    assert not negated(clause)


@pytest.mark.parametrize("clause", ["革新成果为零", "奖项是零", "证书一片空白", "带徒这块是个零"])
def test_a_kind_said_to_be_zero_is_denied(clause):
    assert negated(clause)


@pytest.mark.parametrize("clause", ["返工率降为零", "故障率为零", "事故为零"])
def test_a_defect_brought_to_zero_is_a_result(clause):
    assert not negated(clause)


@pytest.mark.parametrize("clause", ["这手艺全杭州没几个人会", "厂里没多少人能修", "没谁比得上我"])
def test_others_who_cannot_is_no_denial(clause):
    assert not negated(clause)


def test_a_rhetorical_on_a_demonstrative_reaches_back():
    assert rhetorical("我哪有这本事")
    assert denies_back("我哪有这本事", lambda frame: False)
    assert denies_back("哪来那能耐", lambda frame: False)
    assert not denies_back("哪有什么绝活", lambda frame: False)  # its own object, read where it stands


@pytest.mark.parametrize("text", [
    "带徒、革新、操作法、成果转化、数字化改造，我哪有这本事",
    "徒弟、革新、操作法、成果转化、数字化改造，全都是零",
    "拿不出啥绝活，没搞过革新，没带过徒弟",
    "我没什么绝技，不搞传统手艺，革新成果为零",
])
def test_every_kind_listed_then_denied_leaves_no_achievement(text):
    # a denial naming kinds is kept as said (it closes those kinds only), one naming none is an empty list
    said = extract(text, TODAY).profile.get("achievements")
    assert said is not None and all(says_no_achievement(t) for t in said)


def test_a_rare_craft_is_not_denied():
    assert extract("竹丝扣瓷这手艺全杭州没几个人会", TODAY).profile.get("achievements") != []


@pytest.mark.parametrize("clause", ["我是一样没有", "没本事搞这些", "干不了这些", "没那本事", "这些都不是我的强项",
                                    "跟我无缘"])
def test_a_denial_pointing_back_by_a_demonstrative_or_one(clause):
    assert denies_back(clause, lambda frame: False)


@pytest.mark.parametrize("clause", ["奖项一个没有", "我带过三个徒弟"])
def test_a_denial_with_its_own_object_does_not_point_back(clause):
    assert not denies_back(clause, lambda frame: "奖" in frame or "徒弟" in frame)


@pytest.mark.parametrize("text", ["标准、攻关这些，咱从来没干过", "带徒、革新、推广，都是空的",
                                  "获奖、比赛、绝活、革新、带徒，我是一样没有"])
def test_a_list_then_a_bare_denial_denies_the_list(text):
    assert extract(text, TODAY).profile.get("achievements") == []
