"""Years "at our unit" (在我们厂, 在这家公司) are years where the unit is: placed by a clause of the same message that
places the unit (我们是萧山一家…, 我们厂在桐庐) or by the workplace the conversation already knows (``where``), and
still the trade's years as they are without a place."""

from __future__ import annotations

import datetime as dt

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def test_the_unit_placed_in_the_message():
    profile = extract("咱们公司在余杭，我是行政，想替一位电工问问首席技师，他在我们公司干了十六年", TODAY).profile
    assert profile.get("years_full_time_in_hangzhou") == 16.0 and profile.get("years_in_field") == 16.0


def test_the_unit_placed_earlier_in_the_conversation():
    profile = extract("在这家公司干了九年，一直全职", TODAY, where="杭州").profile
    assert profile.get("years_full_time_in_hangzhou") == 9.0 and profile.get("years_in_field") == 9.0


def test_no_place_known_leaves_the_years_to_the_trade():
    profile = extract("在我们厂干了九年，一直全职", TODAY).profile
    assert profile.get("years_in_field") == 9.0 and "years_full_time_in_hangzhou" not in profile
