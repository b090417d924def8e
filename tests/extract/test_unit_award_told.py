"""A science award told as the unit's or the team's is kept with the achievements beside the award itself, so the
checker can weigh whose it is (review23); one told as the applicant's own adds nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", [
    "我做数据库开发 我们公司去年拿了浙江省科学技术进步奖一等奖",
    "我做运维 单位前年获得过国家科学技术进步奖二等奖 不过获奖人里没有我",
])
def test_the_units_award_is_kept_with_the_words_that_say_whose(text):
    profile = extract(text, TODAY).profile
    assert profile.get("awards")
    assert any("科学技术进步奖" in a for a in profile.get("achievements") or [])


def test_the_applicants_own_award_adds_no_achievement():
    profile = extract("二四年浙江省科学技术进步奖二等奖我是第二完成人", TODAY).profile
    assert profile.get("awards") and not profile.get("achievements")
