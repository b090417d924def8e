"""A prize band said with no placing on record (facts18): "市里的数字经济技能竞赛拿了个三等奖" is at best third, so the
direct route by a first place is closed; a band that may be first leaves it open."""

import datetime as dt

from assistant.eligibility import honours as h
from assistant.eligibility.facts import Facts
from assistant.profile import parse_profile

REF = dt.date(2026, 3, 31)
TOLD = dt.date(2026, 11, 21)


def _first(c, ref):
    return (c.rank == 1, "第一")


def _check(achievements):
    facts = Facts(parse_profile({"achievements": achievements}), "hz_digital_craftsman_2026", REF, TOLD)
    return h.competitions(_first, "直接认定")(facts, REF)


def test_a_band_below_first_closes_the_route_with_no_record():
    assert _check(["去年市里的数字经济技能竞赛拿了个三等奖"]).ok is False


def test_a_band_that_may_be_first_leaves_it_open():
    assert _check(["去年市里的数字经济技能竞赛拿了个一等奖"]).ok is None


def test_no_band_no_record_asks_for_the_results():
    outcome = _check(["带过几个徒弟"])
    assert outcome.ok is None and "competition_results" in outcome.missing
