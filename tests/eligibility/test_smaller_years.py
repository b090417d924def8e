"""``preds.smaller_years_at_least``: a rule over the smaller of two year counts, as data in the rules table
(首届杭州工匠 “在杭从事本专业技能工作不少于10年”: the years in the trade and the years in Hangzhou)."""

from __future__ import annotations

from tests.eligibility_support import reason, run

P = "hz_craftsman_2016"


def test_the_smaller_count_decides_and_is_named():
    got = reason(run(P, {"years_in_field": 15, "years_full_time_in_hangzhou": 12}), "years_in_trade")
    assert got.ok is True and "按较小者计在杭从事本专业技能工作约 12 年" in got.message


def test_one_known_count_under_the_bar_is_a_no_without_the_other():
    got = reason(run(P, {"years_in_field": None, "years_full_time_in_hangzhou": 7}), "years_in_trade")
    assert got.ok is False and "少于10年" in got.message


def test_an_unknown_count_is_missing_by_its_own_field():
    got = reason(run(P, {"years_in_field": None, "years_full_time_in_hangzhou": 12}), "years_in_trade")
    assert got.ok is None and got.missing == ("years_in_field",)
