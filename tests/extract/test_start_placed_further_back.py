"""A start said with no place ("2019年大学毕业就来了") is placed by the clause that names the workplace, even with a clause
about the work between them; a clause that moves the speaker ("后来回老家") ends that reach. And a level said to exist
in one's trade ("这个工种是有高级技师的") is the trade's, not one held."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", [
    "我在临平一家做电子元器件的厂里搞工业视觉检测系统，相机、光源、算法调参都是我弄，2019年大学毕业就来了，一直全职干到现在",
    "在萧山一家汽配厂做数控编程，程序、刀具都是我管，2019年来的，一直干到现在",
])
def test_a_start_is_placed_past_a_clause_about_the_work(text):
    assert extract(text, TODAY).profile.get("hangzhou_full_time_start", "")[:4] == "2019"


def test_a_move_between_ends_the_reach():
    profile = extract("我在杭州干了三年，后来回老家，2019年来的，一直在这干", TODAY).profile
    assert profile.get("hangzhou_full_time_start") is None


@pytest.mark.parametrize(("text", "level"), [
    ("技能证是仪器仪表维修工技师，高级技师还没考，这个工种是有高级技师的", "技师"),
    ("我是焊工技师，我们这行也有高级技师", "技师"),
])
def test_a_level_the_trade_has_is_not_held(text, level):
    profile = extract(text, TODAY).profile
    assert profile.get("skill_level") == level and profile.get("is_highest_level_of_occupation") is False


@pytest.mark.parametrize(("text", "hangzhou"), [
    ("我在上城那边做南宋官窑青瓷，拉坯、上釉、烧窑都是我，1985年就开始做了，一直在窑上", 40.92),
    ("在桐庐做根雕，打坯、修光都是我自己，1998年就开始做了，一直在作坊里", 27.92),
])
def test_a_trade_begun_and_gone_on_since_counts_in_the_jobs_place(text, hangzhou):
    assert extract(text, TODAY).profile.get("years_full_time_in_hangzhou") == hangzhou


def test_a_trade_begun_elsewhere_gives_no_hangzhou_years():
    profile = extract("我在宁波做模具，2010年就开始做了，一直干这个", TODAY).profile
    assert profile.get("years_full_time_in_hangzhou") is None and profile.get("years_full_time_in_zhejiang") == 15.92


@pytest.mark.parametrize(("text", "years"), [
    ("我在临安做山核桃炒制的，手工炒了快二十年了，想问问杭州工匠16年那次我够不够", 19.5),
    ("21年那届首席技师我能报吗，干了15年那个活", 15.0),
    ("16年的那次杭州工匠，我做钳工十二年了", 12.0),
])
def test_a_round_named_by_its_year_is_no_count(text, years):
    """"16年那次" is the 2016 round, not sixteen years: no contradiction with the years said."""
    assert extract(text, TODAY).profile.get("years_in_field") == years
