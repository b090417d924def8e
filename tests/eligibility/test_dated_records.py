"""A record dated only to the reference date's own year (eligibility/dated.py): the month told decides, a year alone
leaves it open."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.eligibility import check
from assistant.eligibility.dated import CONTEST, in_time, on_or_before

REF = dt.date(2016, 9, 30)
TOLD = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("year", "texts", "expected"), [
    (None, [], True),
    (2015, [], True),
    (2017, [], False),
    (2016, ["2016年杭州市职业技能大赛第一名"], None),  # the year alone
    (2016, ["2016年5月杭州市职业技能大赛第一名"], True),
    (2016, ["二〇一六年十一月市技能大赛拿了第一"], False),
    (2016, ["2016年5月评上了先进"], None),  # a month, but of no contest
])
def test_the_month_told_decides_a_record_of_the_reference_year(year, texts, expected):
    assert on_or_before(year, REF, texts, TOLD, CONTEST) is expected


def test_a_reference_date_in_december_takes_the_years_records():
    assert on_or_before(2022, dt.date(2022, 12, 20), [], TOLD, re.compile("赛")) is True


def test_a_trainees_placing_after_the_reference_date_is_not_yet_one():
    results = [{"level": "national", "rank": 3, "year": 2023, "field": "全国网络安全职业技能竞赛"}]
    texts = ["带的徒弟小周二三年五月参加全国网络安全职业技能竞赛拿了第三名"]
    assert in_time(results, dt.date(2023, 3, 31), texts, dt.date(2023, 3, 31)) == []
    assert in_time(results, dt.date(2023, 12, 31), texts, dt.date(2023, 3, 31)) == results


BASE = {"facts_as_of": "2016-09-30", "nationality": "中国", "employer_type": "private", "rehired": False,
        "union_member": True, "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical",
        "birth_date": "1980-01", "occupation": "汽车维修工", "years_in_field": 15, "years_full_time_in_hangzhou": 15,
        "skill_level": "技师", "prior_titles": [], "awards": []}


@pytest.mark.parametrize(("said", "verdict"), [
    ("2016年杭州市职业技能大赛汽修第一名", "needs_review"),
    ("2016年3月杭州市职业技能大赛汽修第一名", "eligible"),
    ("2015年杭州市职业技能大赛汽修第一名", "eligible"),
])
def test_a_city_first_place_in_the_rounds_own_year(said, verdict):
    year = int(said[:4])
    profile = {**BASE, "achievements": [said, "没有绝活，也没搞过技术革新，不是传统工艺，省级以上比赛没名次"],
               "competition_results": [{"level": "municipal", "rank": 1, "year": year, "type": "individual",
                                        "field": "杭州市职业技能大赛汽修"}]}
    assert check(profile, "hz_craftsman_2016", as_of=TOLD).to_json()["verdict"] == verdict


def test_the_direct_paths_contest_is_not_held_to_the_day_of_the_fourth_rounds_reckoning():
    """第四届's 2026-03-31 is for ages and years; "2025年以来" bounds a first place from below only."""
    profile = {"facts_as_of": "2026-11-21", "nationality": "中国", "employer_type": "private", "rehired": False,
               "union_member": True, "employer_city": "杭州", "employment": "full_time",
               "role_type": "frontline_technical", "birth_date": "1990-05", "occupation": "大数据开发工程师",
               "is_digital_economy": True, "years_in_field": 7, "years_full_time_in_hangzhou": 7, "prior_titles": [],
               "achievements": ["今年拿了杭州市数字经济行业职业技能竞赛个人第一名"],
               "competition_results": [{"level": "municipal", "rank": 1, "year": 2026, "type": "individual",
                                        "field": "杭州市数字经济行业职业技能竞赛"}]}
    assert check(profile, "hz_digital_craftsman_2026", as_of=TOLD).to_json()["verdict"] == "direct_recognition"
