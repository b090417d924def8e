"""Dates in applicants' words: a count of years is no date (jionlp reads "干了12年" as the year 2012)."""

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
    from assistant.chat.state import Session
    from assistant.chat.turn import make_deps, respond
    from tests.chat_support import KeywordRetriever

    session = Session()
    respond(session, "我是技师，在富阳造纸厂一线干了12年，拿过市级一类竞赛第一名，能报首席技师吗",
            make_deps(retriever=KeywordRetriever(), today=TODAY))
    assert [c.get("year") for c in session.profile["competition_results"]] == [None]
