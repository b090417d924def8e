"""A clause that only dates what the clause before it said ("…第五名，2023年的", "…称号，时间是2019年") gives the
year of that result or honour (``extract.when.only_date``); a count of years there dates nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.when import only_date

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("clause", "year"), [
    ("2023年的", 2023), ("时间是2019年", 2019), ("那是21年", 2021), ("大概是前年吧", 2024), ("去年的事", 2025),
    ("干了21年", None), ("2019年评上的", None), ("在萧山", None),
])
def test_only_date(clause, year):
    assert only_date(clause, TODAY) == year


def test_placing_dated_after():
    (result,) = extract("杭州市技能大赛拿过第三名，大概是前年吧", TODAY).profile["competition_results"]
    assert (result["level"], result["rank"], result["year"]) == ("municipal", 3, 2024)


def test_honour_dated_after():
    (award,) = extract("评上过浙江省技术能手，那是21年", TODAY).profile["awards"]
    assert (award["level"], award["year"]) == ("provincial", 2021)


def test_a_count_after_dates_nothing():
    (result,) = extract("省赛第二，干了21年", TODAY).profile["competition_results"]
    assert result["year"] is None
