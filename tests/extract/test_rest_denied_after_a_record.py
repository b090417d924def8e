""""The rest" denied after records of more than one kind ("市赛拿过第三，评过厂里先进，其他就没有了") is a no for the
achievements beyond them, as "没有别的成果" is; "除了这个比赛没别的成果" denies everything but the record and is no
achievement of its own. After one kind of record only ("拿过市技术能手，别的没有了", said to a question about titles) it
may be the rest of that kind; said with nothing told before it ("会员，别的没有"), or followed by a deed ("别的没有，就带过
几个徒弟"), it denies nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.absences import but_record, rest_denied

TODAY = dt.date(2026, 11, 21)


def _profile(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize("text", [
    "前年市里数控比武拿过第三，评过两回集团先进个人，其他就没有了",
    "评过两回集团先进个人，区里比武也拿过第二，别的也没啥",
    "除了市里那个二等奖就没别的了",
    "除了那次省赛的名次以外没有其他成果",
])
def test_the_rest_denied_after_a_record_is_no_achievement(text):
    assert _profile(text).get("achievements") == []


def test_a_deed_after_the_rest_denied_is_kept():
    assert _profile("拿过区里比武第二名，别的没有，就是带出了五个徒弟").get("achievements")


@pytest.mark.parametrize("text", ["工会会员，别的没有", "在杭州干了八年，其他的就不清楚了",
                                  "2019年评过杭州市技术能手，别的没有了", "市里技能大赛拿了个二等奖，别的没有"])
def test_the_rest_with_nothing_told_before_denies_nothing(text):
    assert _profile(text).get("achievements") != []  # unknown, or the record itself: never "none"


@pytest.mark.parametrize(("text", "before", "rest"), [
    ("别的也没啥", "区里比武第一名，评过厂里劳模", True), ("其他没有了", "评过厂里劳模", False),
    ("别的没有", "工会会员", False), ("别的没有", "市赛拿了二等奖", False),
    ("除了这个比赛没别的成果", "", True), ("除了带徒弟以外没别的", "", False),
])
def test_rest_denied(text, before, rest):
    assert rest_denied(text, before) is rest


def test_an_exception_frame_around_a_deed_is_not_a_record():
    assert not but_record("除了改过一套夹具没别的")


@pytest.mark.parametrize("text", ["别的就没啥了，标准、革新、证书奖项都没有", "别的就没啥了 标准 革新 证书奖项都没有",
                                  "标准没搞过，别的也没啥"])
def test_the_rest_denied_beside_named_kinds_denies_every_achievement(text):
    # beside a denial naming kinds, "别的" is the other achievements: a general denial, not the named kinds only
    assert extract(text, TODAY).profile["achievements"] == []


def test_the_rest_denied_after_a_deed_keeps_the_deed():
    assert extract("带过三个徒弟，别的就没啥了", TODAY).profile["achievements"] == ["带过三个徒弟"]
