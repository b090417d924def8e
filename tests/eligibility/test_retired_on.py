"""A retirement dated after a historical round's reference date (for 2016, after both ends of its window; inside it
the two ends disagree and the row is for review) leaves the applicant in service for that round
("一九年退休了" asked about 2016's 杭州工匠); the same year with no month is for review; undated, retired is retired.
The profile's ``retired_on`` is a contract extension (README, 对契约的扩展)."""

from __future__ import annotations

import datetime as dt

import pytest
from eligibility_support import run

from assistant.errors import InputError
from assistant.extract import extract
from assistant.profile import parse_profile


def _rule(v, name):
    return next(r for r in v.reasons if r.rule == name)


@pytest.mark.parametrize(("retired_on", "ok"), [("2019", True), ("2016-12", True), ("2016", None),
                                                ("2016-09", None), ("2016-05", False), ("2015", False), (None, False)])
def test_the_2016_round_sees_a_later_retirement_in_service(retired_on, ok):
    v = run("hz_craftsman_2016", {"employment": "retired", "retired_on": retired_on})
    assert _rule(v, "frontline").ok is ok, _rule(v, "frontline").message


def test_a_retirement_before_the_round_is_retired_then():
    v = run("hz_chief_technician_2021", {"employment": "retired", "retired_on": "2019"})
    assert v.verdict == "not_eligible"


def test_retired_on_says_nothing_without_a_retirement():
    with_date = run("hz_craftsman_2016", {"retired_on": "2010"})
    assert with_date.verdict == run("hz_craftsman_2016", {}).verdict


@pytest.mark.parametrize("bad", ["去年", "19", "2019-13"])
def test_a_bad_retired_on_is_a_chinese_error(bad):
    with pytest.raises(InputError) as err:
        parse_profile({"employment": "retired", "retired_on": bad})
    assert "退休的年份或年月" in str(err.value)


@pytest.mark.parametrize(("text", "year"), [("一九年退休了", "2019"), ("我2020年底退的休", "2020"),
                                            ("前年退休的", "2024"), ("退休三年了", "2023"), ("我已经退休了", None)])
def test_the_year_of_a_retirement_is_read(text, year):
    profile = extract(text, dt.date(2026, 11, 21)).profile
    assert profile.get("employment") == "retired" and profile.get("retired_on") == year


def test_no_retirement_no_date():
    assert "retired_on" not in extract("明年退休，2019年拿过市里的奖", dt.date(2026, 11, 21)).profile


# 退 said alone with its year, as people say it ("一七年就退了"): the year must open the clause or follow the person
@pytest.mark.parametrize(("text", "year"), [("我做了十五年锅炉工，在富阳造纸厂，一七年就退了", "2017"),
                                            ("他二零年退的", "2020"), ("我前年从厂里退下来", "2024"),
                                            ("我三年前退的", "2023")])
def test_a_retirement_said_as_tui_with_its_year_is_read(text, year):
    profile = extract(text, dt.date(2026, 11, 21)).profile
    assert profile.get("employment") == "retired" and profile.get("retired_on") == year


@pytest.mark.parametrize("text", ["那批货前年就退了", "一七年退的伍", "一七年退的学，后来一直在厂里"])
def test_other_things_returned_in_a_year_are_no_retirement(text):
    assert extract(text, dt.date(2026, 11, 21)).profile.get("employment") != "retired"
