"""A reason quotes the deed said, not the yes before it: a phone-typed reply "有的 我主导搞了…测量工装" had its
reasons open with 材料提到“有的”; a lone "有的" is still quoted when nothing else was said."""

from __future__ import annotations

from eligibility_support import run


def test_the_deed_is_quoted_not_the_yes_before_it():
    v = run("zj_craftsman_2023", {"achievements": ["有的 我主导搞了一套导叶端面间隙的测量工装 现在全站都在用"]})
    messages = [r.message for r in v.reasons if r.kind == "alternative" and r.ok is None]
    assert messages and not any("“有的”" in m for m in messages)
    assert any("测量工装" in m for m in messages)


def test_a_lone_yes_is_still_for_the_review():
    v = run("zj_craftsman_2023", {"achievements": ["有的"]})
    assert v.verdict != "not_eligible"
