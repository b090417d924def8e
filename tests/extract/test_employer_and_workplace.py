"""Who employs and where the work is (employer19): a branch, office, dispatch or outsourcing contract with one side
in Hangzhou and the other elsewhere is written with both places, for the checker to leave to the recommending unit;
a unit's own staff sent out, and a home said apart from the job, are not."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.arrangement import Arrangement, read_arrangement, split_place
from assistant.extract.text import normalize, segments

TODAY = dt.date(2026, 12, 7)


def _city(text: str) -> str | None:
    return extract(text, TODAY).profile.get("employer_city")


@pytest.mark.parametrize(("text", "employer", "work"), [
    ("集团总部设在南京，我一直在杭州这边的分公司跑设备维保", "南京", "杭州"),
    ("我们是苏州一家劳务公司派过来的，在萧山一家轮胎厂的硫化车间干", "苏州", "杭州"),
    ("劳动合同签的是滨江的一家外包公司，人常驻在嘉兴的客户机房", "杭州", "嘉兴"),
    ("营业执照注册在合肥，杭州这边只是个办事处，我天天在这边上班", "合肥", "杭州"),
])
def test_two_places_are_both_kept(text, employer, work):
    assert read_arrangement(segments(normalize(text))) == Arrangement(employer, work)
    assert _city(text) == f"{employer}（在{work}工作）"


@pytest.mark.parametrize("text", [
    "总部在上海，我在苏州分公司做装配",  # neither side in Hangzhou: outside either way
    "公司总部在拱墅，我在余杭的分厂开数控机床",  # both in Hangzhou
    "我在滨江一家外包公司写代码",  # one place only
    "公司在杭州，人在海宁常驻",  # no branch, dispatch or outsourcing said: the seat decides (read_city)
])
def test_no_arrangement(text):
    assert read_arrangement(segments(normalize(text))) is None


def test_staff_sent_out_keep_their_units_city():
    assert _city("我是滨江一家监理公司的，去年起被单位派到温州的工地上，做现场测量") == "杭州"


def test_a_home_in_hangzhou_is_not_the_workplace():
    assert _city("我在湖州长兴一家蓄电池厂做设备维修，户口和家都在杭州临安") == "湖州"
    assert _city("厂子在嘉兴平湖，家也在杭州余杭，天天来回跑") == "嘉兴"


def test_split_place():
    assert split_place("上海（在杭州工作）") == ["上海", "在杭州工作"]
    assert split_place("杭州") == ["杭州"]


@pytest.mark.parametrize("text", [
    "2014年大专毕业就在温州一家鞋厂做机修，一直在温州",
    "公司在苏州，2017年开始做测试，一直在苏州园区上班，周末回萧山的家",
])
def test_a_whole_working_life_elsewhere_is_none_in_hangzhou(text):
    assert extract(text, TODAY).profile.get("years_full_time_in_hangzhou") == 0.0


def test_a_whole_working_life_in_hangzhou_still_counts():
    assert extract("2014年大专毕业就在滨江一家公司做机修，一直在杭州", TODAY).profile["years_full_time_in_hangzhou"] > 10


def test_a_bare_start_before_a_stay_dates_it():
    p = extract("我在余杭一家公司写PLC程序，2017年开始，一直在杭州全职", TODAY).profile
    assert p["hangzhou_full_time_start"].startswith("2017")
    assert "hangzhou_full_time_start" not in extract("我在余杭一家公司写PLC程序，2017年开始", TODAY).profile
