"""The one fact that fails a hard rule, told in the applicant's own words (round twenty-two, hard22): retirement said
as the age reached ("前年到点退了"), the level never taken ("没考过等级"), being at home now after the works moved
away ("我现在在家"), a title the speaker was 认定为; each beside a control that must stay as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.holding import MARK, holds

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我爸前年到点退了，之前是车工", "在杭州干了三十年，不过去年到点就退了", "他到龄就退了"])
def test_retirement_said_as_the_age_reached(text):
    assert extract(text, TODAY).profile.get("employment") == "retired"


@pytest.mark.parametrize("text", ["快到点退了，还在车间干", "那批货前年就退了"])
def test_no_retirement_without_one_done(text):
    assert extract(text, TODAY).profile.get("employment") != "retired"


@pytest.mark.parametrize("text", ["我是电工，只有个特种作业操作证，没考过等级", "我是钳工，等级一直没去考"])
def test_the_level_never_taken_is_no_skill_level(text):
    assert extract(text, TODAY).profile.get("skill_level") == "none"


def test_a_level_held_is_not_denied_by_a_higher_one_not_taken():
    assert extract("我是高级工，技师等级还没去考", TODAY).profile.get("skill_level") == "高级工"


def test_at_home_now_after_the_works_moved_is_out_of_work():
    profile = extract("在温州一家打火机厂做了十几年装配调试，今年六月厂子搬到越南去了，我现在在家", TODAY).profile
    assert profile.get("employer_type") == "none" and "employment" not in profile


def test_working_from_home_is_work():
    assert extract("我在滨江做软件开发，现在在家办公", TODAY).profile.get("employer_type") != "none"


@pytest.mark.parametrize("clause", ["一九年省里认定我为◇了", "二三年市里把我认定成◇了"])
def test_being_named_the_title_is_holding_it(clause):
    assert holds(clause.replace("◇", MARK), ())


def test_a_nomination_not_won_is_not_holding():
    assert not holds(f"去年推荐我评{MARK}，没评上", ())
