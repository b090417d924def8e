"""Read in a new applicant's message during review: a competition's year in brackets after the placing."""

import datetime as dt

from assistant.eligibility.honours import describe
from assistant.extract import extract
from assistant.profile import Competition


def test_a_year_in_brackets_after_the_placing_is_the_competitions_year():
    results = extract("拿过杭州市职工技能大赛前端组第一名（2025年）", dt.date(2026, 12, 2)).profile["competition_results"]
    assert [c["year"] for c in results] == [2025]


def test_a_competition_without_a_year_reads_without_a_placeholder():
    assert describe(Competition(level="municipal", rank=1, field="杭州市职工技能大赛")) == "杭州市职工技能大赛第1名"
