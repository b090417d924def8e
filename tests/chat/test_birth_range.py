"""A birth said as an open range ("85后", "四十出头", "快退休了"): no month invented; the checker runs at both ends,
a verdict they agree on stands, and where they differ the birth date is asked (chat.case.birth_range, chat.case.months)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.birth_range import birth_range
from assistant.chat.case.state import Session
from assistant.chat.turn import respond

TODAY = dt.date(2026, 11, 21)
HC = ("首届杭州工匠，{born}，中国人，工会会员，在杭州做锅炉焊接，一直一线，在杭州干了四十年，高级技师，"
      "2010年拿过浙江省技能大赛第一名，没获过别的称号")


@pytest.mark.parametrize(("said", "expected"), [
    ("我85后", ("1985-01", "1989-12")),
    ("六零后", ("1960-01", "1969-12")),
    ("00后", ("2000-01", "2009-12")),
    ("80年代出生的", ("1980-01", "1989-12")),
    ("我四十出头", ("1982-12", "1986-11")),
    ("今年五十七八了", ("1967-12", "1969-11")),
    ("五十多岁", ("1966-12", "1975-11")),
    ("干了二十多年", None),  # a count of years, not an age
    ("2019年后来的杭州", None),
    ("5年后", None),
    ("后面那个", None),
])
def test_ranges_said(said, expected):
    assert birth_range(said, TODAY) == expected


def test_a_range_that_decides_the_age_rule_gives_the_verdict(deps):
    session = Session()
    answer = respond(session, HC.format(born="我六零后"), deps)  # 47 to 56 in 2016: under 60 either way
    assert answer.verdicts[0].verdict == "eligible"
    assert session.early["birth_date"] == ("1960-01", "1969-12")


def test_a_range_that_does_not_decide_is_asked_without_a_guessed_age(deps):
    session = Session()
    answer = respond(session, HC.format(born="我五零后"), deps)  # 56 to 66 in 2016
    assert answer.verdicts[0].verdict == "needs_review"
    assert "66 周岁" not in answer.text.split("<details>")[0]
    assert answer.questions[0]["field"] == "birth_date"
    respond(session, "1958年3月", deps)
    assert session.profile["birth_date"] == "1958-03" and "birth_date" not in session.early
