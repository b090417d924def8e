"""One on a unit's staff (人事, 工会) asking for a colleague: "想帮他报" asks about him whatever the speaker said of
themself, and the unit named before the speaker's post is the colleague's employer."""

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.subject import about_other, as_candidate

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我是厂里的人事 我们质检班的老周 想帮他报首席技师", "替她问问浙派工匠能不能报"])
def test_a_request_on_his_behalf_is_about_him(text):
    assert about_other(text)


def test_the_staff_members_unit_is_the_colleagues():
    text = "我是富阳一家电动牙刷厂的人事，我们质检班的老周，质检员技师，在产线上做检测二十年了，想帮他报首席技师"
    assert "单位是富阳一家电动牙刷厂" in as_candidate(text)
    profile = extract(text, TODAY).profile
    assert profile.get("employer_city") == "杭州" and profile.get("skill_level") == "技师"


def test_a_relatives_case_keeps_the_speakers_unit_out():
    assert "单位是" not in as_candidate("我是宁波一家厂的人事，我爸是木匠，想帮他报杭州工匠")
