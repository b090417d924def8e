"""A title held, named loosely by its conferring body or told as a past event, read from a whole message (held23);
and the near misses beside it that hold nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _titles(text: str):
    return extract(text, TODAY).profile.get("prior_titles")


@pytest.mark.parametrize(("text", "title"), [
    ("做了十五年电梯维保，省里一九年给我评过工匠", "浙江工匠"),
    ("市总工会前几年颁了个工匠给我，现在还在车间", "杭州工匠"),
    ("省级的首席技师我二三年就评上了", "浙江省首席技师"),
    ("浙江工匠评上快五年了，想问问数字工匠", "浙江工匠"),  # the years since the getting
    ("评为杭州工匠后第二年换到了滨江的厂", "杭州工匠"),  # the getting dates what came after it
    ("首席技师是省里批的，二〇年", "浙江省首席技师"),  # the body after the word
    ("我评过首席，市一级的", "杭州市首席技师"),
    ("浙江工匠前年就发给了我", "浙江工匠"),  # conferred on the speaker
    ("那年市总工会表彰我为杭州工匠", "杭州工匠"),
    ("手上早就有个杭州工匠了", "杭州工匠"),  # held, with an adverb before the holding
    ("工匠以前也评过，省一级的", "浙江工匠"),  # the body in the next clause
    ("省首席终于批下来了，杭州市的首席技师还可以报吗", "浙江省首席技师"),  # asked on as a state reached
])
def test_a_title_held_said_loosely(text, title):
    assert title in (_titles(text) or [])


@pytest.mark.parametrize("text", [
    "市里评工匠一般看什么",
    "省里的工匠我申请了两回都落选了",
    "我师兄市里评过工匠，我还没有",
    "等市里评上工匠以后再报首席",
    "评上杭州工匠以后能有啥待遇",
    "浙江工匠假如评上了，还能报数字工匠吗",
    "我们车间杭州工匠评上了，我还能报吗",
    "市里评工匠那回我也报了，最后落选",  # the failure in the title's own clause
    "评省首席技师我去年试过没选上",
])
def test_a_title_not_held_said_loosely(text):
    assert not _titles(text)


@pytest.mark.parametrize("text", [
    "我工友去年拿了浙江工匠，我自己啥都没有，做网络运维八年了",
    "徒弟前几年当选了杭州工匠，我自己一样都没有",
])
def test_a_bare_none_set_against_anothers_title_denies_titles_only(text):
    profile = extract(text, TODAY).profile
    assert profile.get("prior_titles") == [] and "achievements" not in profile


def test_a_failure_after_another_title_leaves_the_first_held():
    assert _titles("我是浙江工匠杭州工匠没评上") == ["浙江工匠"]
