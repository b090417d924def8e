"""An employer's city that names two places, one in Hangzhou ("上海（在杭州工作）": a branch, office, dispatch or
outsourcing contract), is a case the notices do not decide: left open with basis "silent", never a clear yes or no."""

from __future__ import annotations

import pytest

from tests.eligibility_support import reason, run

CT = "hz_chief_technician_2021"


@pytest.mark.parametrize("city", ["上海（在杭州工作）", "杭州（在嘉兴工作）", "苏州/萧山"])
def test_two_places_one_in_hangzhou_is_silent(city):
    v = run(CT, {"employer_city": city})
    r = reason(v, "hangzhou_employer")
    assert (v.verdict, r.ok, r.basis) == ("needs_review", None, "silent")
    assert "通知未明确" in r.message and "employer_city" not in v.missing


@pytest.mark.parametrize(("city", "verdict"), [
    ("杭州", "eligible"), ("杭州市萧山区", "eligible"), ("上海", "not_eligible"),
    ("上海（在苏州工作）", "not_eligible"),  # both outside: the notice decides
])
def test_one_city_decides(city, verdict):
    assert run(CT, {"employer_city": city}).verdict == verdict


def test_soft_rule_of_the_digital_craftsman_is_open_too():
    v = run("hz_digital_craftsman_2026", {"employer_city": "北京（在杭州工作）"})
    assert v.verdict == "needs_review" and reason(v, "hangzhou_employee").basis == "silent"
