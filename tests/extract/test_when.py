"""Dates in applicants' words: a count of years is no date (jionlp reads "干了12年" as the year 2012); "这个月",
"上个月", the month now or the one before, which jionlp's time parser does not read, are dates and name a start."""

import datetime as dt

import pytest

from assistant.extract.when import dates_in

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("said", ["在富阳造纸厂一线干了12年，拿过市级一类竞赛第一名", "做了15年焊工", "工作十二年了",
                                  "已经干了20年", "12年多了"])
def test_a_count_of_years_is_no_date(said):
    assert dates_in(said, TODAY) == []


@pytest.mark.parametrize(("said", "year"), [("12年拿的奖", 2012), ("18年底来杭州", 2018), ("2012年拿过一等奖", 2012),
                                            ("去年拿的", 2025)])
def test_a_year_said_as_a_date_stays_one(said, year):
    assert [w.first.year for w in dates_in(said, TODAY)] == [year]


def test_a_result_told_beside_a_count_of_years_gets_no_year_from_it():
    """The dialogue fills an open competition year from the message's one date; "干了12年" had made it 2012."""
    from assistant.chat.case.state import Session
    from assistant.chat.turn import make_deps, respond
    from tests.chat_support import KeywordRetriever

    session = Session()
    respond(session, "我是技师，在富阳造纸厂一线干了12年，拿过市级一类竞赛第一名，能报首席技师吗",
            make_deps(retriever=KeywordRetriever(), today=TODAY))
    assert [c.get("year") for c in session.profile["competition_results"]] == [None]


@pytest.mark.parametrize(("said", "first", "last"), [
    # months counted from today's, which jionlp 1.5 cannot parse ("上个月" is an illegal string to it)
    ("上个月调过来的", "2026-10-01", "2026-10-31"),
    ("上上个月才入职", "2026-09-01", "2026-09-30"),
    ("本月刚换的单位", "2026-11-01", "2026-11-21"),
    ("这个月初拿的证", "2026-11-01", "2026-11-21"),
])
def test_months_counted_back_from_today(said, first, last):
    (when,) = dates_in(said, TODAY)
    assert (when.first.isoformat(), when.last.isoformat()) == (first, last)


def test_months_counted_back_sit_among_the_parsers_dates():
    found = dates_in("2019年3月进的厂，上个月调到杭州", TODAY)
    assert [w.first.isoformat() for w in found] == ["2019-03-01", "2026-10-01"]


@pytest.mark.parametrize(("said", "expected"), [
    ("上个月刚从湖州调到杭州的分公司做数控", {"hangzhou_full_time_start": "2026-10"}),
    ("本月才来杭州，在一家汽修厂", {"hangzhou_full_time_start": "2026-11"}),
])
def test_a_move_last_month_starts_then(said, expected):
    from tests.extract_support import check

    check(said, expected)


@pytest.mark.parametrize(("text", "start"), [("这个月刚来杭州", "2026-11"), ("上个月刚入职杭州这边", "2026-10"),
                                             ("本月刚到杭州", "2026-11"), ("上月来的滨江", "2026-10")])
def test_a_month_named_starts_the_work_in_hangzhou(text, start):
    from assistant.extract import extract

    profile = extract(text, TODAY).profile
    assert profile["hangzhou_full_time_start"] == start and profile["years_full_time_in_hangzhou"] < 0.1


def test_a_reply_to_the_years_question():
    from assistant.chat.case.replies import read_reply

    got = read_reply("years_full_time_in_zhejiang", "上个月才从江苏过来的", TODAY)
    assert got["years_full_time_in_zhejiang"] < 0.1


def test_the_parser_keeps_what_it_reads():
    assert [w.text for w in dates_in("3个月前来的，上个月转正", TODAY)] == ["3个月前", "上个月"]
