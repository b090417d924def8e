"""A placing said as a title or medal ("冠军", "铜牌") is the place it stands for, and a sentence whose placings are all
another contest level's is no evidence against the level asked ("市级职业技能大赛第1名" says nothing of 世界技能大赛).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_medal_placings.py
"""

from __future__ import annotations

import pytest

from assistant.chat.premise import correction, placings_said

RANKS = "4、获得世界技能大赛和国家级技能大赛的前3名，省技能大赛的第1名。（符合此条，不受工作年限的限制。）"
CITY = "5、职业技能在同行业中处于拔尖水平，获得过市级职业技能大赛第1名。"


@pytest.mark.parametrize("text, said", [
    ("要拿冠军才算吧", "要拿第1名才算吧"),
    ("拿了铜牌也算吧", "拿了第3名也算吧"),
    ("银奖行不行", "第2名行不行"),
    ("我们是制造业单项冠军企业", "我们是制造业单项冠军企业"),  # a kind of firm, no placing
    ("省级隐形冠军企业", "省级隐形冠军企业"),
])
def test_medal_words_read_as_placings(text, said):
    assert placings_said(text) == said


@pytest.mark.parametrize("question, start", [
    ("世界技能大赛要拿冠军才算吧", "不对，通知写的是前3名"),  # the only place said, where the first three count
    ("世界技能大赛拿了铜牌也算吧", "是的"),
    ("国家级技能大赛拿个季军也行吧", "是的"),
])
def test_a_medal_premise_is_checked_as_its_placing(question, start):
    line = correction(question, RANKS)
    assert line is not None and line.startswith(start), line


def test_a_placing_shared_over_a_join_belongs_to_each_contest_joined():
    # "世界技能大赛和国家级技能大赛的前3名": 前3名 is the 世界 contest's too, not the 省 contest's 第1名
    assert correction("世界技能大赛拿了第3名也算吧", RANKS).startswith("是的")


def test_another_levels_sentence_does_not_correct_a_placing():
    assert correction("世界技能大赛拿了第3名也算吧", CITY) is None
    assert correction("市级职业技能大赛拿第2名也行吧", CITY).startswith("不对")  # the same level still decides


def test_another_levels_sentence_does_not_correct_the_asked_level():
    # "省技能大赛得拿第1名才算吧" is true (条件4); 条件5's 市级 sentence, quoted beside it, is no evidence against 省
    assert correction("省技能大赛得拿第1名才算吧", CITY) is None
    assert correction("省技能大赛得拿第1名才算吧", RANKS).startswith("是的")
    assert correction("区级技能大赛第1名也算吧", RANKS).startswith("不对")  # a level no sentence lists still is
