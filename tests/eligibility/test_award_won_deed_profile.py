"""An award won by a deed the sentence names before it ("我们那个产线MES改造项目拿了杭州市科技进步奖三等奖") tells the
deed too, for the experts; an award named alone, even one whose name holds a kind's word, is a record judged by its
own row (eligibility.preds._graded)."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(("said", "deed"), [
    ("去年我们那个仓储WMS改造项目拿了杭州市科技进步奖三等奖", True),
    ("数据采集获取平台改造项目拿了杭州市科技进步奖", True),   # 获 inside 获取 is no verb of winning
    ("缺陷捕获系统研发项目获杭州市科技进步奖", True),
    ("厂里的技术革新奖我拿过", False),                        # the award's own name before the verb
    ("一九年参与的项目拿过临平区科学技术进步奖", False),        # a bare project tells no deed
])
def test_the_winner_named_before_the_verb(said, deed):
    from assistant.eligibility.preds import _deed_won

    assert _deed_won(said) is deed
