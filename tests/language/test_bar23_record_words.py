"""The words that keep a record's story with the record (the contest's own course: how far one got, the preparation,
the field, the team) and that name an honour by its bare head (被评为公司先进, 技能之星): bar23, data/lexicon.json
``honour.contest_story`` and ``honour.conferred``. Phrasings not in the probe rows."""

from __future__ import annotations

import pytest

from assistant.language.lexicon import honour_named, placing_story


@pytest.mark.parametrize("clause", [
    "复赛那轮就被淘汰了",
    "半决赛就出局了",
    "最后没能进决赛",
    "基本就是去陪跑的",
    "赛前公司安排我封闭训练了一个月",
    "备赛花了小半年",
    "全省一共三百多名选手参赛",
    "参赛的足足有八十多人",
    "我们四个人一队",
    "我在队里当队长",
    "是市代表队里名次最高的",
])
def test_the_course_of_a_contest_is_its_story(clause):
    assert placing_story(clause)


@pytest.mark.parametrize("clause", [
    "淘汰了车间两台老冲床，换上了伺服压机",
    "赛后把比赛用的检测方法推广到了全车间",
    "带了三个徒弟参赛",
    "我负责给新人做上岗培训",
    "一共改造了十二台设备",
])
def test_a_deed_is_not_a_contest_story(clause):
    assert not placing_story(clause)


@pytest.mark.parametrize("clause", [
    "去年被评为车间先进",
    "年年评先进也有我",
    "获评集团年度先进",
    "当选过厂里的先进",
    "是公司的服务之星",
    "评上过质量明星",
])
def test_an_honour_said_by_its_bare_head_is_an_honour(clause):
    assert honour_named(clause)


@pytest.mark.parametrize("clause", [
    "总结了一套先进的装配方法",
    "引进了两台先进设备",
    "学习先进经验",
])
def test_the_adjective_advanced_is_no_honour(clause):
    assert not honour_named(clause)
