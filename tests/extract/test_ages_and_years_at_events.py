"""An age at a life event (50岁退休, 24岁结婚) is that event's age, never one's age now: with a birth year said it dates
the event where it is an age a start is said at, else it is dropped rather than read as the present age. A two-digit year said with "back then"
(16年的时候) is a date wherever it stands (after a closed count, after 她), unless a verb of the count goes before it
(干了16年的时候) (ext14)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.numbers import durations
from assistant.extract.when import name_age_years

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["50岁退休以后返聘", "我是50岁退休的，厂里又返聘了"])
def test_an_age_at_retirement_is_no_age_now(text):
    assert "birth_date" not in extract(text, TODAY).profile


def test_an_age_at_retirement_beside_a_birth_is_no_age_now():
    assert name_age_years("我1968年生的，50岁退休以后返聘", TODAY) == "我1968年生的，退休以后返聘"
    assert extract("我1968年生的，50岁退休以后返聘", TODAY).profile.get("birth_date") == "1968-01"


def test_ones_age_now_still_reads():
    assert extract("我今年50岁", TODAY).profile.get("birth_date") == "1975-12"


@pytest.mark.parametrize("clause", ["做了四十年了16年的时候还在车间", "返聘她16年的时候还在车间", "16年的时候还在车间"])
def test_a_year_back_then_is_no_count(clause):
    assert [d.years for d in durations(clause)] in ([], [40.0])


def test_a_count_said_with_its_verb_stays_a_count():
    assert [d.years for d in durations("干了16年的时候")] == [16.0]


def test_a_rehired_mothers_forty_years_hold():
    text = "她56年11月生的 在萧山花边厂做手工挑花 做了四十年了 50岁退休以后厂里一直返聘她 16年的时候还在车间挑花带新人"
    assert extract(text, TODAY).profile.get("years_in_field") == 40.0
