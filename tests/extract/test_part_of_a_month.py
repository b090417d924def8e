"""A start said to a part of its month ("十一月底", "上旬", "下半月", or a day) is a range of days, read with the table
language/data/month_parts.json: the count runs from the range's last day, its first day's count is the other end
(``early``), and the month alone leaves the profile, since the checker would count from the month's first and last
days. Batch o dev dlg-o014's "去年十一月底才来的" was one year to the month on 2026-11-21; it is under one year."""

from __future__ import annotations

import datetime as dt

from assistant.extract import extract
from assistant.extract.start_dates import start_days
from tests.extract_support import TODAY


def test_the_parts_of_a_month_are_day_ranges_from_the_table():
    assert start_days("前年十二月底来的滨江", TODAY) == (dt.date(2024, 12, 25), dt.date(2024, 12, 31))
    assert start_days("去年12月上旬入职的", TODAY) == (dt.date(2025, 12, 1), dt.date(2025, 12, 10))
    assert start_days("今年三月下半月才来的杭州", TODAY) == (dt.date(2026, 3, 16), dt.date(2026, 3, 31))
    assert start_days("去年2月月中到的萧山", TODAY) == (dt.date(2025, 2, 11), dt.date(2025, 2, 20))
    assert start_days("去年11月26日到的杭州", TODAY) == (dt.date(2025, 11, 26), dt.date(2025, 11, 26))
    assert start_days("去年11月到的杭州", TODAY) is None  # the month alone: its own range, as before


def test_a_start_late_in_the_month_a_year_ago_is_under_a_year():
    found = extract("我是去年十一月下旬才调来杭州的，在临平一家厂做电工", TODAY)
    assert found.profile["years_full_time_in_hangzhou"] < 1.0
    assert "hangzhou_full_time_start" not in found.profile
    most, least = found.early["years_full_time_in_hangzhou"]
    assert least == found.profile["years_full_time_in_hangzhou"] and most >= least


def test_a_start_early_in_the_month_a_year_ago_is_a_year():
    assert extract("去年十一月初来的余杭，做仓管", TODAY).profile["years_full_time_in_hangzhou"] >= 1.0


def test_the_month_alone_keeps_its_start():
    profile = extract("去年11月到的杭州，做前端", TODAY).profile
    assert profile["hangzhou_full_time_start"] == "2025-11"
