"""A competition's name as HR fill it opens with its year (2019年杭州市职业技能大赛): the reason names the year once."""

from __future__ import annotations

from assistant.eligibility.honours import describe
from assistant.profile import parse_profile


def _competition(field, year):
    prof = parse_profile({"competition_results": [{"level": "municipal", "tier": None, "rank": 1, "year": year,
                                                   "type": "individual", "field": field}]})
    return prof.competition_results[0]


def test_a_name_with_its_year_is_not_given_it_twice():
    assert describe(_competition("2019年杭州市职业技能大赛（车工）", 2019)) == "2019年杭州市职业技能大赛（车工）个人第1名"


def test_a_name_without_its_year_is_given_it():
    assert describe(_competition("杭州市职业技能大赛（车工）", 2019)) == "2019年杭州市职业技能大赛（车工）个人第1名"
