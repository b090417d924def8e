"""A stay in Hangzhou said before a return to it is an earlier stay that adds to the years since the return ("在杭州
干了五年，去深圳三年，19年回的杭州": about 5 + 7); a span said after a first coming is the same stretch ("2019年来杭州，
在余杭干了5年"). And the 出头 of a count ("干了二十年出头") is no job."""

from __future__ import annotations

import datetime as dt

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def test_a_stay_before_the_return_adds():
    years = extract("在杭州干了五年，去深圳三年，19年回的杭州", TODAY).profile.get("years_full_time_in_hangzhou")
    assert years is not None and 11.5 <= years <= 12.95


def test_a_span_after_the_first_coming_is_the_same_stretch():
    years = extract("2019年来杭州，在余杭干了5年", TODAY).profile.get("years_full_time_in_hangzhou")
    assert years is not None and years < 8


def test_a_count_said_with_a_surplus_is_no_job():
    profile = extract("焊工，干了二十年出头", TODAY).profile
    assert profile.get("occupation") == "焊工" and profile.get("years_in_field") == 20.0
