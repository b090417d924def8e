"""Out of work now (待业, 辞职了, 被裁了, 在找工作) is recorded as no employer (``employer_type`` "none") and no
``employment``, never the full-time job the work described would imply; leaving a job for another, a denial or an
intention is no such thing (``extract.idle``)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", [
    "前阵子从公司辞职了，这几个月一直闲在家里",
    "厂子去年关门了，到现在还没找到新的活",
    "目前失业，以前在下沙做了八年注塑",
    "被单位辞退了，正在重新找工作",
    "在余杭的厂里干了十来年，今年年初离职了",
    "这半年没上班，在家带孩子",
])
def test_out_of_work_is_no_employer(text):
    profile = extract(text, TODAY).profile
    assert profile.get("employer_type") == "none"
    assert "employment" not in profile


@pytest.mark.parametrize("text", [
    "去年辞职以后进了滨江一家公司，现在做测试",
    "我没辞职，还在原来的厂里",
    "一直想离职，但现在还在萧山的厂里上班",
    "以前离过一次职，现在在临平的厂里当电工",
    "辞职以后自己接单做定制家具",
    "厂里前阵子裁员，我没被裁",
])
def test_a_change_denial_or_wish_is_no_idleness(text):
    assert extract(text, TODAY).profile.get("employer_type") != "none"


def test_the_place_of_the_job_left_stays():
    profile = extract("我是电焊工，在萧山的钢结构厂焊了十九年，今年三月辞职了，现在待业", TODAY).profile
    assert profile.get("employer_type") == "none" and profile.get("employer_city") == "杭州"
    assert profile.get("years_in_field") == 19.0
