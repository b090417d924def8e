"""The same facts, said the way another person types them (eval/probes/para_eligibility.jsonl): a space as the only
punctuation, even before a number; a two-digit year that is a date whoever says it (干到16年, 14年 before a contest's
name, 这行19年入的); a town's name other places bear too, said as where one is (在大关这边); holding no post in other
words (不带人, 没有职务). One family per mechanism, none of them the probe sentences."""

from __future__ import annotations

import pytest

from assistant.extract import extract
from assistant.extract.places import cities_in, city_of
from tests.extract_support import TODAY, check


@pytest.mark.parametrize("text, expected", [
    ("我85年的 03年进的厂 一直在萧山", {"birth_date": "1985-01", "hangzhou_full_time_start": "2003-12"}),
    ("本人91年的 2016年来的杭州 做运维", {"birth_date": "1991-01", "hangzhou_full_time_start": "2016-12"}),
    ("我是88年的 09年到的滨江", {"birth_date": "1988-01", "hangzhou_full_time_start": "2009-12"}),
])
def test_a_space_before_a_number_ends_a_clause(text, expected):
    check(text, expected)


def test_a_number_spaced_on_both_sides_stays_in_its_clause():
    check("我 2015 年来的杭州", {"hangzhou_full_time_start": "2015-12"})


def test_the_programme_asked_after_a_space_does_not_blank_a_contest_before_it():
    found = extract("13年杭州市职业技能大赛车工第1名 17年也还在车间 首届杭州工匠能报不", TODAY).profile
    assert [(c["level"], c["rank"], c["year"]) for c in found["competition_results"]] == [("municipal", 1, 2013)]


@pytest.mark.parametrize("text", [
    "一直干到15年还在车间",
    "做到18年底才换的厂",
    "13年全国技能大赛焊工第二名",
    "12年杭州市职业技能大赛拿过第一",
])
def test_a_two_digit_year_that_is_a_date_is_no_count(text):
    found = extract(text, TODAY)
    assert "years_in_field" not in found.profile and not found.contradictions


@pytest.mark.parametrize("text, years", [
    ("这行17年入的，一直在干", 8.92),
    ("做焊工这一行是2011年入的", 14.92),
])
def test_the_trade_entered_in_a_year_said_before_the_verb(text, years):
    check(text, {"years_in_field": years})


@pytest.mark.parametrize("text", ["达到10年了", "不到10年", "做了十年"])
def test_counts_stay_counts(text):
    assert extract(f"在杭州{text}", TODAY).profile.get("years_full_time_in_hangzhou") is not None


@pytest.mark.parametrize("text", ["在湖滨那边一家饭店当厨师", "进的仁和一家轴承厂开磨床", "在大关那块一家私企做运维"])
def test_a_shared_town_name_said_as_where_one_is(text):
    assert extract(text, TODAY).profile.get("employer_city") == "杭州"


@pytest.mark.parametrize("text", ["新建一家厂", "大关县", "太阳能板厂"])
def test_a_shared_name_without_a_word_of_place_is_none(text):
    assert not cities_in(text)


def test_the_named_new_towns_of_hangzhou():
    assert city_of("钱江世纪城") == ("杭州", "浙江省") and city_of("云栖小镇") == ("杭州", "浙江省")


@pytest.mark.parametrize("text", [
    "在国企下面的公司做开发，就是普通技术员，全职",
    "萧山一家国企，我没有行政职务，全职做运维",
    "国企研究院做算法，不带人，全职",
])
def test_holding_no_post_in_other_words(text):
    check(text, {"employment": "full_time", "employer_type": "soe"})


def test_a_leader_of_a_state_firm_is_read_as_one():
    # dig22 (round twenty-two): one table of leader posts for 事业单位 and 国企, so a 国企's 副主任 holds a
    # 领导职务 ("担任…国有企业领导职务的人员，原则上不予推荐": review, as being asked was)
    check("国企研究院的副主任，全职", {"employment": "soe_leader"})


@pytest.mark.parametrize("text", ["15年也还在车间开行车", "19年还在苏州那边", "16年那会儿在建德"])
def test_a_two_digit_year_opening_a_clause_then_also_or_still_is_a_date(text):
    assert "years_in_field" not in extract(text, TODAY).profile


def test_a_count_with_an_aside_that_dates_it_belongs_to_the_job_before():
    check("我在滨江一家软件公司做测试开发，干了八年（从2018年）", {"years_full_time_in_hangzhou": 8.0})


def test_a_start_whose_job_clause_is_followed_by_always_is_the_trade_s_start():
    check("七年前来的杭州，在余杭一家私企做数据标注，一直全职在做", {"years_in_field": 7.0})


@pytest.mark.parametrize("text", ["去年升了车间主任，现在基本不上机床了", "前年提了生产部经理，已经不下现场了"])
def test_a_dated_move_up_with_the_machine_left_is_management(text):
    check(text, {"role_type": "management"})


@pytest.mark.parametrize("text", ["2021年我们的调度系统拿了杭州市科学技术进步奖三等奖", "2019年我调试的产线拿了杭州市科技进步奖"])
def test_an_award_named_after_a_city_is_no_move_there(text):
    check(f"我12年来的萧山，一直做软件开发。{text}", {"hangzhou_full_time_start": "2012-12"})


@pytest.mark.parametrize("text, zj", [
    ("在绍兴干了八年，19年调来滨江总部", 14.92),  # 8 before the move + 6.92 since; "19年" is no count of 19
    ("之前在宁波干了五年，21年搬来萧山", 9.92),
])
def test_a_two_digit_year_before_a_verb_of_moving_is_a_date(text, zj):
    check(text, {"years_full_time_in_zhejiang": zj})
