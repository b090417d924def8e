"""A start said with a word that tells it as late ("21年才来杭州") is read at its last month, with no month left open."""

import datetime as dt

import pytest

from assistant.extract.start_dates import said_late, start_span

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, span", [
    ("我是21年才来杭州的", ("2021-12", "2021-12")),
    ("杭州这边2025年刚调过来", ("2025-12", "2025-12")),
    ("我是06年才来的杭州", ("2006-12", "2006-12")),
    ("2019年来的杭州", ("2019-01", "2019-12")),  # no mark: the month stays open
    ("2005年就来杭州了", ("2005-01", "2005-12")),  # early mark: never read early on a guess
    ("2021年底才来杭州", ("2021-11", "2021-12")),  # a part of the year said stays as said
])
def test_start_span_reads_a_late_start_at_its_last_month(text, span):
    assert start_span(text, TODAY) == span


def test_said_late_is_the_data_table():
    assert said_late("才") and said_late("刚")
    assert not said_late("就") and not said_late(None)
