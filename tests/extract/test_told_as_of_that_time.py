"""A count up to "that time" and an age at "that year", said bare, refer to the year the message named before
("一六年那届…到那时候干了快三十年…那年五十二"): the count ends then (``then_counts``), the age gives the birth."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.when import name_that_year

TODAY = dt.date(2026, 11, 21)


def test_up_to_that_time_is_up_to_the_year_named_before():
    assert "到2016年干了" in name_that_year("一六年那届杭州工匠 他到那时候干了快三十年", TODAY)
    assert "截至2019年" in name_that_year("2019年评的那次，截至那会儿我做了八年", TODAY)


def test_a_count_to_that_time_is_moved_to_today():
    p = extract("一六年那届杭州工匠 我爸在临平做模具钳工 到那时候干了二十年 一直在杭州", TODAY).profile
    assert p["years_in_field"] == pytest.approx(30.33, abs=0.1)  # twenty by mid-2016, ten more since


@pytest.mark.parametrize("text", [
    "一六年那届杭州工匠 我爸那年五十二",
    "一六年那届杭州工匠 我爸那时候五十二",
    "2016年的时候他五十二，在萧山做木工",
])
def test_a_bare_age_at_a_past_year_gives_the_birth(text):
    assert extract(text, TODAY).profile["birth_date"].startswith("1964")


@pytest.mark.parametrize("text", [
    "2016年五十二名选手参赛",  # a count with its unit
    "那年五十二",  # no year to refer to
    "一六年那届 我爸那会儿五十出头",  # a stretch, no one age
    "我今年四十，一六年那届 我那年三十",  # the message's own age now is said: left to the readers
])
def test_no_bare_age_read_where_there_is_none_or_another(text):
    p = extract(text, TODAY).profile
    assert not str(p.get("birth_date", "")).startswith(("1964", "1986"))


def test_a_stint_worked_up_to_a_year_with_its_count_counts_to_that_year():
    # "干到一六年刚好十年": ten years by 2016 (it was read as ten years up to today, none by 2016)
    p = extract("首届杭州工匠那会儿我在富阳造纸厂 抄纸工 干到一六年刚好十年", TODAY).profile
    assert p["years_in_field"] == pytest.approx(20.33, abs=0.1)
    assert "years_in_field" not in extract("在余杭做模具 干到一六年", TODAY).profile


def test_who_someone_is_said_in_passing_does_not_take_the_clauses_after_it():
    # "老板是我表哥": an aside; the 十一年 and 中级工 after it are still the asker's
    p = extract("我在淳安县城一家电动车修理店当师傅 老板是我表哥 干了十一年 中级工 浙派能报吗", TODAY).profile
    assert p["skill_level"] == "中级工" and p["years_in_field"] == pytest.approx(11.0)
