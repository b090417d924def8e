"""The reason that leads a verdict (``eligibility.decisive``): one table, read by one function, over many profiles.

A not_eligible verdict is led by a failed hard rule (or, with none, by the alternatives all failing); every lead is a
reason that yields the verdict; a shortfall the asker said (a softened rule failing, or one only an exemption whose
facts are not given could lift) leads a 需人工核实 before facts not yet said ("做数据标注，干了快四年了" led with
未说明荣誉称号 instead of 不满5年).
"""

from __future__ import annotations

import datetime as dt

from eligibility_support import run, vary
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_eligibility_properties import profiles

from assistant.eligibility import check
from assistant.eligibility.decisive import LEAD_ORDER, lead_reason, rank, yields
from assistant.eligibility.model import KINDS
from assistant.errors import InputError
from assistant.programs import program_ids

AS_OF = dt.date(2026, 11, 21)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
P26 = "hz_digital_craftsman_2026"


def _checked(profile: dict, program: str):
    try:
        return check(profile, program, AS_OF)
    except InputError:  # dates in the wrong order: the schema's one bad input
        return None


@SETTINGS
@given(st.sampled_from(sorted(program_ids())), profiles, st.lists(st.sampled_from(["prior_titles", "union_member",
                                                                                    "competition_results"]), max_size=2))
def test_the_lead_always_yields_the_verdict_and_a_failure_leads_not_eligible(program, profile, asked):
    v = _checked(profile, program)
    if v is None or not v.reasons:
        return
    lead = lead_reason(v, tuple(asked))
    assert lead is not None
    if any(yields(v, r) for r in v.reasons):
        assert yields(v, lead), (v.verdict, lead)
    if v.verdict == "not_eligible":
        hard = [r for r in v.reasons if r.ok is False and r.kind in ("hard", "exclusion_hard")]
        if hard:
            assert lead.ok is False and lead.kind in ("hard", "exclusion_hard"), lead
        else:
            assert lead.ok is False and lead.kind == "alternative", lead
    # nothing that yields the verdict decides more than the lead
    assert all(rank(lead) <= rank(r) for r in v.reasons if yields(v, r)), lead


def test_every_kind_is_ranked():
    ranked = {kind for tier in LEAD_ORDER for kind, _ in tier}
    assert ranked == set(KINDS) - {"info"}


def test_a_years_shortfall_only_an_exemption_could_lift_leads_before_a_title_not_said():
    """第四届: about 2.9 years of digital work at the reference date, awards and titles not said. The shortfall holds
    需人工核实 whatever the titles turn out to be; it leads, and asking about the titles does not displace it."""
    v = run(P26, {"years_in_field": 3.5, "digital_work_start": None, "facts_as_of": "2026-11-21", "awards": None,
                  "achievements": None, "prior_titles": None})
    assert v.verdict == "needs_review"
    assert lead_reason(v, ("prior_titles",)).rule == "years_field"


def test_a_soft_rule_failing_leads_before_open_facts():
    v = run(P26, {"union_member": False, "prior_titles": None})
    assert v.verdict == "needs_review"
    assert lead_reason(v, ("prior_titles",)).rule == "union_member"


def test_a_failed_hard_rule_leads_whatever_is_asked():
    v = run(P26, {"years_full_time_in_hangzhou": 0.3, "hangzhou_full_time_start": None, "prior_titles": None,
                  "union_member": None})
    assert v.verdict == "not_eligible"
    assert lead_reason(v, ("prior_titles", "union_member")).rule == "years_hangzhou"


def test_open_facts_of_equal_weight_follow_the_question():
    v = check(vary(P26, prior_titles=None, years_full_time_in_hangzhou=None, hangzhou_full_time_start=None), P26, AS_OF)
    assert v.verdict == "needs_review"
    assert lead_reason(v, ("prior_titles",)).rule == "no_prior_title"
    assert lead_reason(v, ("years_full_time_in_hangzhou",)).rule == "years_hangzhou"
