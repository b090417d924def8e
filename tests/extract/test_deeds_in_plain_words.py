"""Deeds told in plain words are achievements: a gain said with 少/多 before the verb it measures ("一天少停机两个小时",
"每班多干两百件"), a problem said solved ("改了分拣线的卡件问题", "解决了卡件问题"), a way of working spread beyond
one's shop ("公司推广到了全省的分拣中心"); a pay rise, a longer stint or a problem still open is none."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", [
    "二二年改了分拣线的卡件问题 一天少停机两个小时 公司推广到了全省的分拣中心",
    "改进了分拣线 解决了卡件问题",
    "电梯门机我调过以后 一个月少跑三十多趟",
    "我弄的那个排班办法在全市的站点推广开了",
])
def test_a_deed_in_plain_words_is_an_achievement(text):
    assert extract(text, TODAY).profile.get("achievements")


@pytest.mark.parametrize("text", ["问题还没解决", "我多干了两年", "工资少了两千块", "一年多赚了两万块"])
def test_no_deed_is_no_achievement(text):
    assert not extract(text, TODAY).profile.get("achievements")
