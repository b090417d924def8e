"""A clause counting some of the people just named ("徒弟带了二十几个，有三个现在是厂里的班组长") is theirs: the post it
names is no post of the asker's (blind batch ad, dlg-ad104, read the asker as a 班组长 and failed front-line work)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.subject import of_others


@pytest.mark.parametrize("clauses", [["徒弟带了二十几个", "有三个现在是厂里的班组长"],
                                     ["我带出来十几个学徒", "其中两个已经当了车间主任"]])
def test_some_of_the_people_named_are_the_subject(clauses):
    assert of_others(clauses) == [False, True]


def test_a_count_of_years_is_no_count_of_people():
    assert of_others(["我带了五个徒弟", "三年前我当了班组长"]) == [False, False]


def test_the_askers_post_is_not_read_from_the_apprentices():
    profile = extract("我在厂里开数控车床二十年了，徒弟带了二十几个，有三个现在是厂里的班组长", dt.date(2026, 11, 21)).profile
    assert profile.get("role_type") != "management"


@pytest.mark.parametrize(("text", "work", "digital"), [
    ("在余杭做工业质检的深度学习模型", "工业质检的深度学习模型", True),  # blind el-ad119 read 工业质检, no digital work
    ("一直做家具的油漆", "家具的油漆", False),
])
def test_the_head_noun_after_the_objects_de_is_the_work(text, work, digital):
    profile = extract(text, dt.date(2026, 11, 21)).profile
    assert profile.get("occupation") == work and profile.get("is_digital_economy") is digital


@pytest.mark.parametrize("text", ["在萧山焊了二十年", "我在萧山修车二十年"])
def test_a_trades_verb_with_the_count_is_the_trades_time(text):
    # asked as a new user: "我在萧山一家电机厂绕线二十年" gave no years in the trade, only in Hangzhou
    profile = extract(text, dt.date(2026, 11, 21)).profile
    assert profile.get("years_in_field") == 20.0 and profile.get("years_full_time_in_hangzhou") == 20.0


def test_a_verb_elsewhere_in_the_clause_is_not_the_trades():
    # dev el-aa120: "我算算在杭刚好十年左右" is a count in Hangzhou, not ten years of 算
    profile = extract("我是砌筑工 砌墙的 〇六年下半年来杭州 一直在工地 我算算在杭刚好十年左右 不晓得够不够",
                      dt.date(2026, 11, 21)).profile
    assert profile.get("years_in_field") != 9.5
