"""Years and starts told in applicants' words (years24, ``extract.when``): a child's grade of a later stage dating
the year the child began an earlier one ("上小学那年…今年读初二"), a count told by a child's age ("干这行比我儿子岁数
还大，儿子今年二十五了"), a year counted from an event ("疫情前一年", "亚运会后两年"), more events of the table
(香港回归), and one's own graduation dated in words in another clause ("技校毕业就进了厂，零三年毕业的"). The clause
that only gives the child's grade or age is dropped once used, so the message is not read as about the child."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.when import name_event_years, name_kin_counts, name_school_years

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "year"), [
    ("打从儿子上小学那年就来杭州了，儿子今年读初二", "2019年"),  # 6 years of 小学 + 初一
    ("儿子上小学那年我进的厂，他今年上高二", "2016年"),
    ("女儿上幼儿园那年来的，她今年上大一", "2011年"),
    ("孩子上小学那年搬来杭州，孩子今年上三年级", "2024年"),  # within one stage, as before
])
def test_grade_of_a_later_stage_counts_back_over_the_stages(text, year):
    assert year in name_school_years(text, TODAY)


def test_grade_of_an_earlier_stage_dates_nothing():
    text = "孩子上初中那年来的，孩子今年上五年级"
    assert name_school_years(text, TODAY) == text


def test_the_clause_of_the_childs_grade_is_dropped_once_used():
    out = name_school_years("打从儿子上小学那年就来杭州了，一直做运维，儿子今年读初二，全职", TODAY)
    assert "儿子" not in out and "全职" in out and "一直做运维" in out


def test_message_with_a_childs_grade_keeps_the_askers_facts():
    profile = extract("我1975年生，中国人，儿子上小学那年我进的杭州这家机床厂做车工，他今年上高二", TODAY).profile
    assert profile.get("nationality") == "中国" and profile.get("birth_date") == "1975-01"
    assert profile.get("hangzhou_full_time_start", "").startswith("2016")


@pytest.mark.parametrize(("text", "said"), [
    ("干这行的年头比我儿子岁数还大，儿子今年二十五了", "干这行超过25年"),
    ("在杭州干电工的年头跟我闺女一样大，闺女今年12岁", "在杭州干电工12年"),
    ("比我女儿年纪都大，女儿今年十八", "超过18年"),
])
def test_count_told_by_a_childs_age(text, said):
    assert name_kin_counts(text) == said


@pytest.mark.parametrize("text", [
    "我儿子今年二十五了，在杭州上班",  # no comparison: the child's own age
    "干这行比我儿子岁数还大",  # the age not said
    "干这行跟我儿子一样大",  # no age
])
def test_kin_count_needs_the_comparison_and_the_age(text):
    assert name_kin_counts(text) == text


def test_childs_age_is_not_the_askers_birth():
    profile = extract("在萧山修汽车，干这行比我闺女年纪都大，闺女今年十八", TODAY).profile
    assert profile.get("years_in_field") == 18 and "birth_date" not in profile


@pytest.mark.parametrize(("text", "said"), [
    ("疫情前一年来的杭州", "2019年来的杭州"),
    ("亚运会后两年进的厂", "2025年进的厂"),
    ("香港回归那年进的厂", "1997年进的厂"),
])
def test_year_counted_from_an_event(text, said):
    assert name_event_years(text) == said


@pytest.mark.parametrize(("text", "start"), [
    ("技校毕业就进了杭州这家机床厂做车工，零三年毕业的", "2003"),
    ("研究生毕业那年来的杭州，一直做运维，一九年毕业的", "2019"),
])
def test_graduation_dated_in_words_elsewhere(text, start):
    profile = extract(text, TODAY).profile
    assert profile.get("hangzhou_full_time_start", "").startswith(start)


def test_a_stay_away_said_as_later_before_a_return_adds_to_the_trade():
    # 后来 is after the first stay in Hangzhou; the return in 2023 comes after the stay in Shanghai
    profile = extract("我在滨江一家民营公司做云平台运维开发，在杭州做了三年运维，后来去上海干了两年，二三年又回的杭州，全职",
                      TODAY).profile
    assert profile.get("years_full_time_in_hangzhou") == 5.92
    assert profile.get("years_in_field") == 7.92
