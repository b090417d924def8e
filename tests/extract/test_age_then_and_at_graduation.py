"""An age in a year said before it, without 岁 ("八五年来的杭州 那年我十七"), dates the birth; an age at a graduation
with the school between ("二十二岁本科毕业就进了…") dates the start, beside one's age now said too."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, born", [
    ("八五年来的杭州 那年我十七", "1968"),
    ("2001年进的厂，那年我才十九", "1982"),
    ("九八年出来打工 那年我二十了", "1978"),
])
def test_an_age_in_a_year_said_dates_the_birth(text, born):
    assert extract(text, TODAY).profile.get("birth_date", "").startswith(born)


@pytest.mark.parametrize("text", ["我今年三十二 二十二岁本科毕业就进了杭州一家做算法的民企",
                                  "我今年32岁 22岁大学毕业就来杭州了"])
def test_an_age_at_graduation_dates_the_start_beside_the_age_now(text):
    profile = extract(text, TODAY).profile
    assert profile.get("birth_date", "").startswith("1993") or profile.get("birth_date", "").startswith("1994")
    assert profile.get("hangzhou_full_time_start", "").startswith("2016")


def test_an_age_said_of_now_is_not_taken_for_a_year_then():
    assert extract("我今年四十二", TODAY).profile.get("birth_date", "").startswith("198")
