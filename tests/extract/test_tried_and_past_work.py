"""A prize tried for and not won is not held (the language layer's ``status.failed_attempt``), and work said of the
past does not make the present work digital (``people.read_digital``)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.status import failed_attempt

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["杭州市技术能手报过但没评上", "省技术能手申报了两次，可惜都没评上", "全国技术能手报了名，结果落选了"])
def test_a_prize_tried_for_and_missed_is_not_held(text):
    assert not extract(text, TODAY).profile.get("awards")


@pytest.mark.parametrize("text", ["省技术能手拿了，但没评上全国的", "2019年评上了省技术能手，后来报全国的没评上"])
def test_a_prize_won_beside_one_missed_is_held(text):
    assert [a["level"] for a in extract(text, TODAY).profile["awards"]] == ["provincial"]


@pytest.mark.parametrize(("tried", "then", "failed"), [
    ("杭州工匠报过", "但没评上", True), ("入围了省赛决赛", "最后也没拿到名次", True),
    ("报过一次", "没时间准备", False), ("评上了", "没报全国的", False),
])
def test_failed_attempt(tried, then, failed):
    assert failed_attempt(tried, then) is failed


@pytest.mark.parametrize("text", ["原来在阿里做数据分析，现在在萧山开出租车", "之前做了五年程序员，现在转行做厨师",
                                  "以前在网易写代码，现在在老家开挖掘机"])
def test_a_past_digital_job_does_not_make_the_present_one_digital(text):
    assert extract(text, TODAY).profile.get("is_digital_economy") is not True


@pytest.mark.parametrize("text", ["以前在工厂做钳工，现在在滨江做软件开发", "我以前做了8年软件开发"])
def test_present_digital_work_or_the_only_work_said_still_counts(text):
    assert extract(text, TODAY).profile.get("is_digital_economy") is True


@pytest.mark.parametrize(("text", "level"), [
    ("技师证还在审，现在是高级工", "高级工"), ("高级技师还在评审，目前是技师", "技师"), ("技师证书还没批下来，我是高级工", "高级工"),
])
def test_a_level_still_pending_is_not_held(text, level):
    assert extract(text, TODAY).profile.get("skill_level") == level
