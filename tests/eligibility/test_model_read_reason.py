"""Issue 12, Deliver 3 (lead's trial: 改过一个拧紧工装 返修率降了一半 vs 浙派 技术革新): when the words name no kind of a
condition but the example classifier reads the achievement as that kind, the reason says so — which kind, how, and
that the merit is the review's — instead of "未直接对应本条的表述". The verdict is the words' (needs_review)."""

from __future__ import annotations

import pytest
from eligibility_support import reason, run


@pytest.mark.parametrize("said", ["自己动手改了一副压装夹具，废品少了一大半", "改过一个拧紧工装 返修率降了一半"])
def test_a_model_read_names_the_condition_and_leaves_merit_to_the_review(said):
    v = run("zj_craftsman_2023", {"achievements": [said]})
    r = reason(v, "alt_innovation")
    assert r.ok is None and v.verdict == "needs_review"
    assert "未直接对应本条的表述" not in r.message and "由评审认定" in r.message, r.message
    assert "读作“技术革新" in r.message and said.split("，")[0].split(" ")[0] in r.message, r.message
    assert not any("未直接对应本条的表述" in x.message for x in v.reasons), [x.message for x in v.reasons]
