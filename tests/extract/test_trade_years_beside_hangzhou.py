"""Years in the trade said beside a Hangzhou workplace (首届杭州工匠 “在杭从事本专业技能工作不少于10年”) (ext15):
- the always-clause after a count of Hangzhou years names the work there, also when it places it in Hangzhou
  ("来杭州十五年了，一直在钱塘那边的药厂做设备维护"); a place elsewhere there is another stay;
- the work said before its verb, the count after ("在杭州电焊干了十八年"): the fronted object names the job;
- a time away marked inside the stay (中间去深圳待了三年) does not stop the work said after the return
  ("回来以后一直在余杭的模具厂做模具") from going on since the start."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _profile(text):
    return extract(text, TODAY).profile


def test_the_always_clause_placed_in_hangzhou_names_the_work_of_the_stay():
    p = _profile("来杭州十五年了，一直在钱塘那边的药厂做设备维护")
    assert p["years_in_field"] == 15.0 and p["years_full_time_in_hangzhou"] == 15.0


def test_an_always_clause_placed_elsewhere_is_no_work_of_the_hangzhou_stay():
    assert "years_in_field" not in _profile("来杭州十五年了，一直在宁波那边的药厂做设备维护")


@pytest.mark.parametrize("text, years", [("在杭州电焊干了十八年", 18.0), ("在萧山数控开了十三年", 13.0),
                                         ("在杭州电焊干了十八年，中间有两年回老家盖房子没干", 16.0)])
def test_a_fronted_object_names_the_job(text, years):
    p = _profile(text)
    assert p["years_in_field"] == years and p["years_full_time_in_hangzhou"] == years


@pytest.mark.parametrize("text", ["在杭州一直干了十年", "在杭州干了十年"])
def test_no_object_before_the_verb_names_no_job(text):
    assert "years_in_field" not in _profile(text)


def test_the_work_after_a_return_goes_on_from_the_start():
    p = _profile("2000年到的杭州，中间去深圳待了三年，回来以后一直在余杭的模具厂做模具")
    assert p["years_full_time_in_hangzhou"] == pytest.approx(22.92) and p["years_in_field"] >= 22.9


def test_idle_time_inside_the_stay_leaves_both_counts():
    p = _profile("2012年来的杭州，中间回老家歇了一年，回来后一直在萧山做电焊")
    assert p["years_in_field"] == pytest.approx(12.92) and p["years_full_time_in_hangzhou"] == pytest.approx(12.92)


@pytest.mark.parametrize("text, years", [("在杭州这家酒店当厨师，一干就是十四年", 14.0),
                                         ("在萧山一家纺织厂做挡车工，这一做就是二十年", 20.0)])
def test_the_idiom_of_a_long_stay_is_only_a_count(text, years):
    """一干就是N年 counts the clause before it, place and work, as "干了N年" would."""
    p = _profile(text)
    assert p["years_in_field"] == years and p["years_full_time_in_hangzhou"] == years


@pytest.mark.parametrize("text", ["出来打工就到了杭州，做了二十年电工", "从老家出来就到了杭州 干车工 二十多年了"])
def test_a_working_life_begun_in_hangzhou_places_the_count(text):
    assert _profile(text)["years_full_time_in_hangzhou"] == 20.0


@pytest.mark.parametrize("text", ["毕业就来了杭州，后来去了上海，做了八年设计", "一直在杭州，后来去了上海，做了八年设计"])
def test_a_move_between_ends_the_place_carried(text):
    assert "years_full_time_in_hangzhou" not in _profile(text)
