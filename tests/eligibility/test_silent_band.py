"""Where the notice is silent, the answer is needs_review: a tool for making things as the work (数控编程) for the
digital programmes, a title of the family from a body the notice does not name (萧山区首席技师) for 首席技师."""

from __future__ import annotations

import pytest
from eligibility_support import run


@pytest.mark.parametrize("program", ["hz_digital_craftsman_2026", "hz_digital_craftsman_2023"])
@pytest.mark.parametrize("work", ["五轴数控编程", "外业做三维激光扫描", "义齿数字化设计"])
def test_a_tool_for_making_things_is_for_the_review(program, work):
    v = run(program, {"is_digital_economy": None, "occupation": work})
    r = next(r for r in v.reasons if r.rule == "digital_economy")
    assert r.ok is None and r.basis == "arguable" and "由评审认定" in r.message
    assert "is_digital_economy" not in v.missing


@pytest.mark.parametrize("title, ok", [("萧山区首席技师", None), ("集团首席技师", None), ("浙江省首席技师", False)])
def test_a_title_the_chief_technician_notice_does_not_name_is_silent(title, ok):
    v = run("hz_chief_technician_2021", {"prior_titles": [title]})
    r = next(r for r in v.reasons if r.rule == "no_prior_title")
    assert r.ok is ok
    if ok is None:
        assert r.basis == "silent" and "通知未明确" in r.message
