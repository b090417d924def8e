"""从事数字经济行业 where the occupation said is one the notice's scope does not place: the review judges it."""

from __future__ import annotations

import pytest
from eligibility_support import run

from assistant.language import classify

DIGITAL = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023")


def _reason(verdict, rule="digital_economy"):
    return next(r for r in verdict.reasons if r.rule == rule)


@pytest.mark.parametrize("program", DIGITAL)
def test_a_borderline_occupation_is_for_the_review_not_asked(program, monkeypatch):
    monkeypatch.setattr(classify, "digital_judgement", lambda text: (None, 0.05))
    v = run(program, {"is_digital_economy": None, "occupation": "无人机飞手"})
    r = _reason(v)
    assert v.verdict == "needs_review" and r.ok is None
    assert "由评审认定" in r.message and "无人机飞手" in r.message
    assert "is_digital_economy" not in v.missing  # the asker cannot settle it either: nothing is asked


@pytest.mark.parametrize("judged", [(True, 0.9), (False, 0.9)])
def test_a_clear_judgement_leaves_the_fact_missing_as_before(judged, monkeypatch):
    # the checker never takes a yes or no from the model: only whether to ask or leave it to the review
    monkeypatch.setattr(classify, "digital_judgement", lambda text: judged)
    v = run("hz_digital_craftsman_2026", {"is_digital_economy": None, "occupation": "物流调度员"})
    assert v.verdict == "needs_review" and "is_digital_economy" in v.missing


def test_the_profile_says_it_and_the_occupation_is_not_judged(monkeypatch):
    def never(text):
        raise AssertionError("judged although the profile says it")

    monkeypatch.setattr(classify, "digital_judgement", never)
    assert run("hz_digital_craftsman_2026", {"is_digital_economy": False, "occupation": "无人机飞手"}).verdict \
        == "not_eligible"


def test_no_model_on_this_machine_leaves_the_fact_missing(monkeypatch):
    def broken(text):
        raise OSError("no model")

    monkeypatch.setattr(classify, "digital_judgement", broken)
    v = run("hz_digital_craftsman_2026", {"is_digital_economy": None, "occupation": "无人机飞手"})
    assert "is_digital_economy" in v.missing
