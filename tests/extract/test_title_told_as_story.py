"""A title the asker holds told as a story rather than with a verb of winning beside its name (held19): the roll with
the speaker in it, the face of its papers, its papers hung, received or sent, what people call the speaker with the
conferring dated, a round said as the topic; and a title's name glued to an institution, which no one holds."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.denials import empty, says_nothing
from assistant.language.titles import held_before, not_held_after

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "title"), [
    ("2020年市里发的文，名单里有我，杭州工匠", "杭州工匠"),  # the roll first, then the title alone
    ("上一届数字工匠表彰名单里有我", "杭州数字工匠"),  # the roll with a word before 名单
    ("证书上印的是浙江工匠，2017年的", "浙江工匠"),  # the face of its papers
    ("车间门口那块牌子上刻着我名字和杭州工匠", "杭州工匠"),
    ("客厅里挂的那张是浙江工匠的奖状", "浙江工匠"),  # its papers hung, said with 的
    ("那年上台领过杭州工匠的奖", "杭州工匠"),  # received
    ("市总工会寄了我一张浙江工匠的证书", "浙江工匠"),  # sent to the speaker
    ("杭州工匠的牌子在我家柜子里收着", "杭州工匠"),  # kept at home, the place said first
    ("厂里都喊我浙江工匠，19年省里评的", "浙江工匠"),  # what people call the speaker, then dated
    ("浙江工匠那届我也评上了", "浙江工匠"),  # the round as the topic
    ("我2019年被命名为杭州工匠", "杭州工匠"),
    ("那年单位推荐我去评浙江工匠，后来批下来了", "浙江工匠"),  # the application, then said to have gone through
])
def test_a_title_told_as_a_story_is_held(text, title):
    assert title in extract(text, TODAY).profile.get("prior_titles", [])


@pytest.mark.parametrize("text", [
    "厂里都喊我浙江工匠",  # a name people use, nothing conferred
    "我师父的证书上写的是杭州工匠",  # someone else's papers
    "我们公司是杭州工匠学院的实训点",  # an institution named after the title
    "我在浙江省首席技师工作室干了五年",
    "杭州工匠评选名单里有我",  # a candidates' roll
    "带领了杭州工匠的团队",  # 领 in 带领 receives nothing
    "厂里推荐我去评杭州工匠，还没批下来",  # applied, not through
])
def test_a_title_not_held_by_the_speaker(text):
    assert not extract(text, TODAY).profile.get("prior_titles")


def test_an_institution_after_the_name_is_no_title():
    assert not_held_after("学院的合作单位")
    assert not_held_after("工作室的成员")
    assert not not_held_after("的证书")


def test_the_face_of_papers_frames_a_title_unless_someone_elses():
    assert held_before("证书上写的是", "")
    assert not held_before("我师傅的证书上写的是", "")


@pytest.mark.parametrize("clause", ["我是交白卷", "成果嘛空空如也", "别的我这儿一片空白", "那几样我条条落空", "两手空空"])
def test_an_idiom_of_having_nothing_denies_everything(clause):
    assert empty(clause) and says_nothing(clause)


@pytest.mark.parametrize("clause", ["数字化这块一片空白", "革新成果交了白卷"])
def test_an_idiom_of_having_nothing_with_a_kind_denies_that_kind(clause):
    assert empty(clause) and not says_nothing(clause)


@pytest.mark.parametrize("clause", ["返工率降到零", "白卷这个词我不懂", "空白处填写姓名"])
def test_no_idiom_of_having_nothing(clause):
    assert not empty(clause)
