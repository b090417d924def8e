"""A count of years said beside a start year that gives another count is asked, not settled silently (issue #13):
neither value reaches the profile and the conflict is named. A loose count within two years of the start is one
story; a correction in the message settles it."""

from __future__ import annotations

import pytest

from assistant.extract import extract
from tests.extract_support import ABSENT, TODAY, check


@pytest.mark.parametrize("text, field", [
    ("干了18年，2003年来的", "years_in_field"),
    ("做油漆工做了七年，2011年开始干的", "years_in_field"),
    ("我是2005年进的这家厂，一直做装配，到现在十年", "years_in_field"),
    ("在杭州打拼了五年，2012年到的杭州", "years_full_time_in_hangzhou"),
])
def test_a_count_against_its_start_is_named(text, field):
    found = extract(text, TODAY)
    assert field not in found.profile
    assert found.contradictions and "对不上" in found.contradictions[0]


@pytest.mark.parametrize("text, expected", [
    ("2016年入行做电焊，快十年了", {"years_in_field": 9.5}),
    ("2012年开始做厨师，十四年了", {"years_in_field": 14.0}),
    ("干了二十年了，2018年才进的这个厂", {"years_in_field": 20.0}),  # the unit's start bounds the trade from below
    ("18年评上技师后来的杭州，做电工", {"hangzhou_full_time_start": "2018-12"}),  # one year, read twice
])
def test_a_count_that_fits_its_start_is_kept(text, expected):
    check(text, expected)
    assert not extract(text, TODAY).contradictions


def test_a_correction_settles_the_conflict():
    check("干这行九年了，哦不对，其实是2012年入的行", {"years_in_field": 13.92})
    assert not extract("干这行九年了，哦不对，其实是2012年入的行", TODAY).contradictions


@pytest.mark.parametrize("text, expected", [
    ("修了六年车，说错了，是2010年开始修的", {"years_in_field": 15.92}),  # the corrected start, by the trade's verb
    ("2009年开始跑运输，一直没停过", {"years_in_field": 16.92}),
    ("前年开始带班，做电工", {"years_in_field": ABSENT}),  # leading a team starts no trade
])
def test_began_with_the_trades_verb_is_its_start(text, expected):
    check(text, expected)


def test_across_turns_a_count_against_a_later_start_is_named():
    from assistant.extract.resolve import against_known

    later = extract("2003年开始干电工的", TODAY).profile  # after "干了18年" in an earlier turn
    notes, fields = against_known({"years_in_field": 18.0}, later, corrects=False)
    assert fields == {"years_in_field"} and "18年" in notes[0]
    assert against_known({"years_in_field": 18.0}, later, corrects=True) == ([], set())  # "不对，其实是…"
    assert against_known({"years_in_field": 22.0}, later, corrects=False) == ([], set())  # the same story


@pytest.mark.parametrize("text, expected", [
    ("在滨江一家公司当仓管，前年开始的", {"years_in_field": 1.92}),
    ("我是育婴师，从2015年起", {"years_in_field": 10.92}),
    ("家住拱墅，2018年开始的", {"years_in_field": ABSENT}),  # no job named before it
])
def test_a_clause_that_is_only_a_start_starts_the_job_before_it(text, expected):
    check(text, expected)


def test_a_moves_start_standing_in_for_the_trades_is_no_conflict():
    # the start is of work in Hangzhou; the trade's own start is unsaid, so the count of the trade stands
    text = "做嵌入式这行八年了，2021年来的杭州，一直全职"
    check(text, {"years_in_field": 8.0})
    assert not extract(text, TODAY).contradictions
