"""Status and age said in ordinary words (issue #13): a retiree taken back on ("又把我请回去", "聘回来") is a rehired
retiree; "85后" is a birth in 1985-1989, held open (the chat checks both ends and asks when they differ), never a
month invented."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from tests.extract_support import ABSENT, check

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, expected", [
    ("去年退的休，公司又叫我回去带新人", {"rehired": True}),
    ("退休两年了，老厂长把我请回厂里当技术顾问", {"rehired": True, "employment": "retired"}),
    ("退了以后又回到原单位上班，做设备点检", {"rehired": True}),
    ("单位把我从分厂调回来了", {"rehired": ABSENT}),  # no retirement said
    ("快退休了，厂里说以后还要请回来", {"rehired": ABSENT}),
])
def test_taken_back_after_retiring(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, ends", [
    ("我是95后，做UI设计的", ("1995-01", "1999-12")),
    ("80后，在工地开塔吊", ("1980-01", "1989-12")),
])
def test_cohort_is_an_open_birth(text, ends):
    found = extract(text, TODAY)
    assert found.profile["birth_date"] == ends[0] and found.early["birth_date"] == ends


def test_cohort_gives_way_to_a_year():
    assert extract("我85后，1987年生的", TODAY).profile["birth_date"] == "1987-01"
