"""The work history's places and spans (round 8, ext12): the trade entered said as 进的这一行 dates its start, and so does a unit joined with the work said to go on to now ("修发动机一直修到现在"); a unit placed after its span ("我在这个厂干了三十年，厂在富阳") places the span; a district merged away (江干) places the employer, but not inside a province's name (浙江干了); a decade said for a start (九几年) is a start read late, not a count, and a year alone after it (大概96年) dates it; a join followed by the work all along (一直在车间做钳工) dates the trade; an event dated by 那年是 (进厂那年是1999年) is dated; a landmark of Hangzhou (西溪湿地, 富春江, 西湖边) places the employer; the trade entered with no date right after a dated leaving of school (2012年毕业，进的这一行) is entered then; time away at other work inside the trade's years (a count
between the verb and its object, "送了两年外卖", "当了两年兵", "做了三年生意") is subtracted from the trade's count."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _profile(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize(("text", "years"), [
    ("2006年开始学的电焊，中间去送了两年外卖", 17.92),  # 2006-12…now, less two years of delivery work
    ("2006年开始学的电焊，中间去当了两年兵", 17.92),  # military service is time out of the trade
    ("2010年入行，中间出去做了三年生意", 12.92),  # a business of one's own
    ("干木工二十年了，中间开了三年出租", 17.0),  # a count said first, the gap inside it
])
def test_other_work_inside_the_trade_is_subtracted(text, years):
    assert _profile(text).get("years_in_field") == pytest.approx(years, abs=0.05)


@pytest.mark.parametrize(("text", "years"), [
    ("2012年进的这一行", 13.92),  # entering the trade: the verb 进/入, then 这(一)行 or 这个行当
    ("12年入的这行，做数控", 13.92),
    ("09年进了这个行当", 16.92),
])
def test_entering_this_trade_dates_its_start(text, years):
    assert _profile(text).get("years_in_field") == pytest.approx(years, abs=0.05)


@pytest.mark.parametrize(("text", "field", "years"), [
    ("我在这个厂干了三十年，厂在富阳", "years_full_time_in_hangzhou", 30.0),  # the unit's seat said after its span
    ("在我们公司做了八年运维，公司在滨江", "years_full_time_in_hangzhou", 8.0),
    ("我在这家厂干了十年，厂子在绍兴柯桥", "years_full_time_in_zhejiang", 10.0),
])
def test_the_units_seat_said_after_its_span_places_it(text, field, years):
    assert _profile(text).get(field) == pytest.approx(years, abs=0.05)


def test_a_unit_never_placed_places_no_span():
    assert "years_full_time_in_hangzhou" not in _profile("在这个厂干了三十年")


@pytest.mark.parametrize(("text", "years"), [
    ("90年进的公交修理厂，修发动机一直修到现在", 35.92),  # the join, then the work said to go on up to now
    ("85年进的剪刀厂，磨剪刀磨到现在", 40.92),
    ("1995年进杭州一家刺绣厂就一直在绣架前面，到现在也是", 30.92),  # the join and staying on in one clause
])
def test_a_unit_joined_for_good_dates_the_trade(text, years):
    assert _profile(text).get("years_in_field") == pytest.approx(years, abs=0.05)


def test_staying_is_no_work_gone_on():
    assert "years_in_field" not in _profile("2003年进的这家厂，一直待到现在，之前干过别的")


@pytest.mark.parametrize(("text", "city"), [
    ("在江干做厨师", "杭州"),  # a district merged away in 2021, still said bare
])
def test_a_former_district_places_the_employer(text, city):
    assert _profile(text).get("employer_city") == city


@pytest.mark.parametrize("text", ["浙江干了三年", "在浙江干了五年电工"])
def test_a_name_inside_a_provinces_is_no_place(text):
    profile = _profile(text)
    assert "employer_city" not in profile and "years_full_time_in_hangzhou" not in profile


@pytest.mark.parametrize(("text", "years"), [
    ("九几年就干这行了", 26.92),  # a decade of the calendar, read late (1999-12), not a count of nine years
    ("八几年进的厂，一直干到现在", 36.92),
    ("零几年入的行", 16.92),  # its 几 asks nothing
    ("九几年就干这行了，具体记不清，大概96年", 29.92),  # a year alone in that decade said after it is the start
    ("零几年入的行，应该是零三年吧", 22.92),  # ... said as a guess too
])
def test_a_decade_is_a_start_not_a_count(text, years):
    assert _profile(text).get("years_in_field") == pytest.approx(years, abs=0.05)


def test_ten_odd_years_is_still_a_count():
    assert _profile("干这行十几年了").get("years_in_field") == pytest.approx(10.0)


@pytest.mark.parametrize(("text", "years"), [
    ("1999年进厂，一直在车间做钳工", 26.92),  # a join, then the work said to have gone on since (一直 + the work)
    ("1999年进厂，一进去就在车间做钳工，没换过", 26.92),  # ... or tied to the join by 一进去就
    ("2010年进的公司，一直做销售", 15.92),
])
def test_a_join_then_the_work_all_along_dates_the_trade(text, years):
    assert _profile(text).get("years_in_field") == pytest.approx(years, abs=0.05)


@pytest.mark.parametrize(("text", "field", "value"), [
    ("进厂那年是1999年，一直在车间做钳工", "years_in_field", 26.92),  # the event dated by 那年是
    ("入行那一年是零八年", "years_in_field", 17.92),
    ("来杭州那年是2015年", "years_full_time_in_hangzhou", 10.92),
])
def test_an_event_dated_by_that_year_is_dated(text, field, value):
    assert _profile(text).get(field) == pytest.approx(value, abs=0.05)


@pytest.mark.parametrize("text", ["在西溪湿地旁边的园区上班", "人在富春江边上的造纸厂", "在西湖边上的酒店做面点"])
def test_a_hangzhou_landmark_places_the_employer(text):
    assert _profile(text).get("employer_city") == "杭州"


def test_the_lakes_name_alone_is_no_place():
    assert "employer_city" not in _profile("西湖龙井炒茶师傅")


@pytest.mark.parametrize(("text", "years"), [
    ("2012年毕业，进的这一行", 13.92),  # the trade entered right after a dated leaving of school: then
    ("2015年退伍，入的行", 10.92),
    ("大专毕业那年是2012年，进的这一行，做数控", 13.92),
])
def test_the_trade_entered_after_a_dated_start_of_working_life(text, years):
    assert _profile(text).get("years_in_field") == pytest.approx(years, abs=0.05)


def test_the_trade_entered_later_is_not_dated_by_it():
    assert "years_in_field" not in _profile("2012年毕业，后来进的这一行")
