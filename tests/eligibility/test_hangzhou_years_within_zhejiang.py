"""``preds.years_at_least`` for the Hangzhou years: Hangzhou lies in Zhejiang, so Zhejiang years under the bar are
Hangzhou years under it too ("公司总部在杭州 但我一直在合肥办公" is read as no years in Zhejiang): a no, not a gap."""

from __future__ import annotations

from tests.eligibility_support import reason, run

P = "hz_digital_craftsman_2026"


def test_zhejiang_years_under_the_bar_bound_the_hangzhou_years():
    got = reason(run(P, {"employer_city": "合肥", "years_full_time_in_hangzhou": None,
                         "years_full_time_in_zhejiang": 0}), "years_hangzhou")
    assert got.ok is False and "不满 1 年" in got.message


def test_zhejiang_years_over_the_bar_leave_the_hangzhou_years_open():
    got = reason(run(P, {"years_full_time_in_hangzhou": None, "years_full_time_in_zhejiang": 6}), "years_hangzhou")
    assert got.ok is None and got.missing == ("years_full_time_in_hangzhou",)


def test_no_years_told_at_all_stay_missing():
    got = reason(run(P, {"years_full_time_in_hangzhou": None, "years_full_time_in_zhejiang": None}), "years_hangzhou")
    assert got.ok is None


def test_with_work_in_hangzhou_a_zhejiang_count_is_no_bound():
    """"公司在萧山 … 在这之前绍兴干了两年": the two years are another city's stint, not all the years in Zhejiang."""
    got = reason(run(P, {"years_full_time_in_hangzhou": None, "years_full_time_in_zhejiang": 0}), "years_hangzhou")
    assert got.ok is None
