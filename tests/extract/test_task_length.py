"""A span that needs doing is how long one piece of work takes (or a rule's count), not the asker's time at the work:
"一把团扇要织一两个月" says nothing of the years in the trade (extract.years._TASK_LENGTH)."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", [
    "我在临安做竹编的 一个大果篮要编半个多月",
    "修一台老式织机得花三个月，零件都要自己车",
    "我是做古籍修复的，一册书要补两三年",
])
def test_how_long_one_piece_takes_is_no_count_of_years(text):
    assert "years_in_field" not in extract(text, TODAY).profile


@pytest.mark.parametrize("text, years", [
    ("我在萧山做木雕，一件摆件要雕两个月，这行干了十二年了", 12),
    ("做这行得有十五年了", 15),
])
def test_time_spent_or_said_with_le_is_still_counted(text, years):
    assert extract(text, TODAY).profile.get("years_in_field") == years
