"""A relation named at the head of a clause without 我 ("儿子在阿里做算法", "闺女是技师") in a message in which the
asker speaks of themself is another person: their job, level and years are not the asker's (``extract.subject``)."""

from __future__ import annotations

import datetime as dt

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def test_a_sons_trade_is_not_the_askers():
    p = extract("儿子在阿里做算法，我自己在临平纺织厂做保全工二十年", TODAY).profile
    assert p["is_digital_economy"] is False and p["occupation"] == "保全工"


def test_a_daughters_level_is_not_the_askers():
    assert extract("闺女是技师，我自己是中级工", TODAY).profile["skill_level"] == "中级工"


def test_a_wifes_years_are_not_the_askers():
    p = extract("老婆在杭州当护士十年了，我在绍兴开大货车", TODAY).profile
    assert p["employer_city"] == "绍兴" and "years_full_time_in_hangzhou" not in p


def test_the_place_of_time_away_is_not_the_employers():
    assert extract("在杭州干了十一年，中间有两年被厂里派到义乌分厂", TODAY).profile["employer_city"] == "杭州"
