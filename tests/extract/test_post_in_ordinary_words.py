"""The post said in ordinary words: the classifier judges the clause's core too, with no date, speaker or "now"
before it (打2012年起我就在…装配线上, 我现在坐办公室了: those words drowned the post); running a part of the business
with people under one (管生产，手下有一百多号人), or the day's work said to be others' (主要是管人排班), is management
unless one's own hands are said to be on the work or the team is the line's; and 主要是 is no supposition (要是)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.roles import _undated

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "role"), [
    ("打2012年起我就在钱塘这边的汽车厂装配线上", "frontline_technical"),
    ("在建德的水泥厂管生产，手下有一百多号人", "management"),
    ("管生产，手下有一百多号人，自己也上线", "frontline_technical"),
    ("带着七八个人的班组管质量", "frontline_technical"),
    ("我现在坐办公室了", "administrative"),
    ("如今在办公室做调度", "administrative"),
    ("现在主要是管人排班，很少自己上手了", "management"),
    ("现在不怎么干活了，主要是排班开会", "management"),
    ("主要是做焊接", "frontline_technical"),
    ("在拱墅一家电梯公司做维保", "frontline_technical"),  # the hands-on service of equipment, as the work done
    ("负责设备检修", "frontline_technical"),
    ("负责维修团队", None),  # a team: the post is left to be asked
])
def test_the_post(text, role):
    assert extract(text, TODAY).profile.get("role_type") == role


def test_the_date_is_cut_before_judging():
    assert _undated("打2012年起我就在钱塘这边的汽车厂装配线上") == "我就在钱塘这边的汽车厂装配线上"
    assert _undated("2019年开始在上城做水电维修") == "在上城做水电维修"
    assert _undated("18年起") == "18年起"  # nothing left to judge


def test_zhuyaoshi_is_no_supposition():
    from assistant.extract.text import normalize, segments

    assert all(s.asserts for s in segments(normalize("现在主要是管人排班")))
    assert not segments(normalize("要是我干满五年呢"))[0].asserts
