"""deny20: a denial naming some kinds keeps its reach when something else is said beside it. "革新没搞过" beside
"证书就一个高级工证" says nothing of 浙派's other rows, which stay for the review; a denial naming this row's kind still
stands beside a clause that tells no deed."""

from __future__ import annotations

from eligibility_support import run

ZJ, D26 = "zj_craftsman_2023", "hz_digital_craftsman_2026"


def _row(verdict, rule):
    return next(r for r in verdict.reasons if r.rule == rule)


def test_a_named_denial_beside_a_record_leaves_the_rows_not_named_open():
    v = run(ZJ, {"achievements": ["革新没搞过", "证书就一个高级工证"]})
    assert v.verdict == "needs_review"
    assert _row(v, "alt_innovation").ok is False
    assert all(_row(v, r).ok is None for r in ("alt_training", "alt_method", "alt_transfer", "alt_digital"))


def test_a_named_denial_of_this_rows_kind_still_stands_beside_a_record():
    v = run(D26, {"achievements": ["标准制定、技术革新这些都没有", "证书就一个中级职称"], "awards": [],
                  "competition_results": []})
    assert v.verdict == "not_eligible"

