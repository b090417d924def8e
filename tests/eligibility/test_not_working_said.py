"""HR fill ``employment`` from the papers (全职, 人事关系还挂着) and tell the present in the narrative: "二四年办了内退…
不用上班了", "办了停薪留职…这一年多没上过班", "今年八月厂子倒闭了 现在在家等消息". 浙派 recommends from 在岗人员 (hard)
and 第四届 asks 在职职工 (原则上): the narrative's present decides, quoted in the reason (dev pf-369, pf-524, pf-568)."""

from __future__ import annotations

import pytest
from eligibility_support import reason, run

SAID = ["二四年厂里转型，我办了内退，人事关系还挂在公司，每个月拿生活费，不用上班了",
        "二〇二五年三月起办了停薪留职，两年期，在老家照顾生病的父亲，这一年多没上过班",
        "今年八月厂子倒闭了 现在在家等消息 投了几家还没回音"]


@pytest.mark.parametrize("told", SAID)
def test_zhejiang_needs_someone_in_post(told):
    v = run("zj_craftsman_2023", {"employment": "full_time", "achievements": [told, "总结的转炉溅渣护炉操作法在全省推广"]})
    assert v.verdict == "not_eligible"
    assert reason(v, "in_post").ok is False and "材料里说" in reason(v, "in_post").message


@pytest.mark.parametrize("told", SAID[:1])
def test_the_fourth_edition_reads_it_as_a_soft_rule(told):
    v = run("hz_digital_craftsman_2026", {"employment": "full_time", "achievements": [told]})
    assert reason(v, "in_service").ok is False and v.verdict != "eligible"


def test_a_past_stop_with_work_again_is_in_post():
    v = run("zj_craftsman_2023", {"employment": "full_time",
                                  "achievements": ["一九年厂子倒闭了，后来进了现在这家厂一直干到现在", "总结的操作法在全省推广"]})
    assert reason(v, "in_post").ok is True
