"""A work history read as dated stays (``extract.timeline``): the years in Hangzhou summed over the stays, the present
workplace the history's last place or the one said to be now, a return with no place to the place before, a move with
no place to where one works now. And the readers that feed it: a year named by a child's schooling, an age said bare
after 我, years learnt under a master, the union of one's unit in other words. Phrasings are not those of the probes."""

from __future__ import annotations

import pytest

from assistant.extract import extract
from assistant.extract.text import normalize, segments
from assistant.extract.timeline import Stay, stays
from assistant.extract.when import name_school_years
from tests.extract_support import ABSENT, TODAY, check


def test_stays_in_order_with_a_return_to_the_place_before():
    found = stays(segments(normalize("2012年到的杭州，2017年去了宁波，在那边干了三年，2021年3月又回来了")), TODAY)
    assert found == [Stay("杭州", "浙江省", "2012-12", "2017-12"), Stay("宁波", "浙江省", "2017-12", "2020-12"),
                     Stay("杭州", "浙江省", "2021-03", None)]


@pytest.mark.parametrize("text, low, high", [
    ("2012年到的杭州，2017年去了宁波，在那边干了三年，2021年3月又回来了", 10.6, 10.8),  # 5 + 5.7
    ("2010年在杭州入行，2016年调到上海总部，待了四年，2020年又回了杭州", 11.9, 12.0),  # 6 + 5.9
    ("在杭州干了四年，前年跳槽去了苏州", 3.9, 4.1),
])
def test_hangzhou_years_are_summed_over_the_stays(text, low, high):
    years = extract(text, TODAY).profile.get("years_full_time_in_hangzhou")
    assert years is not None and low <= years <= high


@pytest.mark.parametrize("text, city", [
    ("在杭州干了四年，前年跳槽去了苏州", "苏州"),
    ("2017年来的杭州，现在在绍兴上班，做机修", "绍兴"),
    ("住在余杭，每天开车去湖州上班", "湖州"),
    ("前年五月从杭州调到了宁波分公司，在杭州一共干了七年", "宁波"),
])
def test_the_present_workplace_is_the_history_s_last_place(text, city):
    assert extract(text, TODAY).profile.get("employer_city") == city


def test_a_hangzhou_stay_ended_at_a_time_not_said_leaves_its_years_open():
    check("2017年来的杭州，现在在绍兴上班，做机修", {"years_full_time_in_hangzhou": ABSENT})


def test_a_move_with_no_place_is_to_where_one_works_now():
    check("20年5月从南京过来的，在湖滨那边一家酒店做厨师", {"employer_city": "杭州", "hangzhou_full_time_start": "2020-05"})


def test_one_move_stays_with_the_start_readers():
    check("2019年来的杭州，一直做电工", {"hangzhou_full_time_start": "2019-12", "employer_city": "杭州"})


@pytest.mark.parametrize("text, year", [
    ("孩子上小学那年搬来的，孩子现在读五年级", "2022年搬来的"),
    ("女儿上初中那年来的杭州，她今年初二", "2025年来的杭州"),
    ("儿子上幼儿园那年我进的厂，现在大班了", "2024年我进的厂"),
])
def test_a_year_named_by_a_child_s_schooling(text, year):
    assert year in name_school_years(text, TODAY)


def test_schooling_without_the_grade_now_names_no_year():
    assert name_school_years("孩子上小学那年我来的杭州", TODAY) == "孩子上小学那年我来的杭州"


@pytest.mark.parametrize("text, born", [("我五十", "1975-12"), ("俺三十六了，做焊工", "1989-12"), ("本人42", "1983-12")])
def test_an_age_said_bare_after_the_asker(text, born):
    check(text, {"birth_date": born})


@pytest.mark.parametrize("text", ["我20年来的杭州", "我15年了", "我在杭州干了45"])
def test_a_number_after_the_asker_that_is_no_age(text):
    check(text, {"birth_date": ABSENT})


@pytest.mark.parametrize("text, years", [("跟着老师傅学了九年木工", 9.0), ("我跟他学了六年手艺", 6.0)])
def test_years_learnt_under_a_master_are_years_in_the_trade(text, years):
    check(text, {"years_in_field": years})


@pytest.mark.parametrize("text", ["入了厂里的工会", "加入了单位工会", "公司工会名单上有我"])
def test_the_union_of_one_s_unit(text):
    check(text, {"union_member": True})
