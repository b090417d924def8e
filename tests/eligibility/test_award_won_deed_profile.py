"""An award won by a deed the sentence names before it ("我们那个产线MES改造项目拿了杭州市科技进步奖三等奖") tells the
deed too, for the experts; an award named alone, even one whose name holds a kind's word, is a record judged by its
own row (eligibility.preds._graded)."""

from __future__ import annotations

from eligibility_support import run

NOTHING_ELSE = {"awards": [], "competition_results": []}


def test_the_deed_that_won_a_city_award_is_for_the_experts():
    v = run("hz_digital_craftsman_2026", {"achievements": ["前年我们车间那套仓储数字化改造系统拿了杭州市科学技术进步奖三等奖，"
                                                           "我是第二完成人"], **NOTHING_ELSE})
    assert v.verdict == "needs_review"
    innovation = next(r for r in v.reasons if r.rule == "alt_innovation")
    assert innovation.ok is None  # the city award is below (三)'s provincial bar, but the 改造 is the experts' to weigh


def test_an_award_named_alone_is_still_a_record():
    v = run("hz_digital_craftsman_2026", {"achievements": ["拿过厂里的技术革新奖两次"], **NOTHING_ELSE})
    alts = [r for r in v.reasons if r.kind == "alternative" and r.rule != "direct"]
    assert alts and all(r.ok is not True for r in alts)
