"""A no said for the achievements stands when what else is said is no deed of the applicant's own (routine duties,
following another's work, a training attended, a colleague's or the team's honour, a patent still pending, talk about
applying), and a no that names only some kinds, or only contests, leaves the kinds it did not name to the experts
(docs/verdict-policy.md, 已说“没有”之后又说了别的业绩; merit22). Phrasings not in the profile tables."""

from __future__ import annotations

import pytest
from eligibility_support import reason, run

NOTHING_ELSE = {"awards": [], "competition_results": [], "trained_apprentices": "无"}


def _alts(v) -> list[tuple[str, bool | None, str]]:
    return [(r.rule, r.ok, r.message) for r in v.reasons if r.kind == "alternative"]


@pytest.mark.parametrize(("program", "achievements"), [
    ("hz_craftsman_2016", ["在汽修厂喷了十几年漆 轿车货车都喷", "绝活 革新都谈不上 比赛没去过 也不是啥传统手艺"]),
    ("hz_craftsman_2016", ["技术科定的新工艺我照着做", "绝活、革新、传统工艺这些我一样都没有"]),
    ("hz_chief_technician_2021", ["我们车间评过市里的工人先锋号", "自己没啥绝招 发明革新也没有 荣誉名次都没拿过"]),
    ("hz_chief_technician_2021", ["工装改进都是工艺科牵头的我只是帮忙", "绝招谈不上，操作法也没总结过"]),
    ("zj_craftsman_2023", ["带徒 革新 操作法 成果转化 数字化改造 这几样我一样都没有", "厂里的机器人焊接线是供应商装的"]),
    ("zj_craftsman_2023", ["领导让我报报看 我觉得够呛", "徒弟 革新 操作法 成果转化 数字化 都没有"]),
    ("hz_digital_craftsman_2026", ["平时值班看监控", "标准没碰过 技术攻关和AI智能体也没牵头搞过"]),
    ("hz_digital_craftsman_2023", ["参加过两次数据治理培训", "除了这些 别的什么都没有"]),
])
def test_a_no_beside_what_is_no_deed_of_ones_own_stands(program, achievements):
    v = run(program, {"achievements": achievements, **NOTHING_ELSE})
    assert v.verdict == "not_eligible", _alts(v)


@pytest.mark.parametrize(("program", "achievements", "open_rule"), [
    # contests denied, with 革新: 绝活 and 传统工艺 are not named, so they stay open (held19, dev pf-712)
    ("hz_craftsman_2016", ["比赛从来没参加过", "革新没弄过", "平时就是按图纸装电梯"], "alt_knack"),
    # an attendance gives no kind away: 操作法 denied by name leaves 革新 open (pf-mq019's shape)
    ("zj_craftsman_2023", ["参加过市里的钳工研修班", "操作法没总结过"], "alt_innovation"),
    # a denial told inside a text that tells more names its kinds only (dev pf-694)
    ("hz_digital_craftsman_2026", ["标准化从来没参与过", "科技奖也没有 证书就一个软考中级"], "alt_innovation"),
])
def test_a_no_naming_some_kinds_leaves_the_others_to_the_experts(program, achievements, open_rule):
    v = run(program, {"achievements": achievements, **NOTHING_ELSE})
    assert v.verdict == "needs_review", _alts(v)
    assert reason(v, open_rule).ok is None


@pytest.mark.parametrize(("program", "achievements"), [
    ("zj_craftsman_2023", ["自己摸索出一套注塑模排气的修法 试模次数少了一半", "徒弟没带过"]),
    ("hz_chief_technician_2021", ["主持改了一个夹具 废品率从百分之三降到零点五", "荣誉和名次都没有"]),
    ("hz_digital_craftsman_2026", ["自己写了一个扩容的智能体 夜里告警少了七成", "标准没参与过"]),
])
def test_an_own_deed_with_a_result_beside_a_no_stays_with_the_experts(program, achievements):
    v = run(program, {"achievements": achievements, **NOTHING_ELSE})
    assert v.verdict == "needs_review", _alts(v)


def test_no_merit_of_ones_own_with_no_no_said_is_still_for_the_experts():
    # issue 12: only an explicit absence is a no; the reading is said in the reason
    v = run("hz_craftsman_2016", {"achievements": ["在汽修厂喷了十几年漆", "我们车间评过市里的工人先锋号"], **NOTHING_ELSE})
    assert v.verdict == "needs_review"
    assert any("不是本人做成的业绩" in r.message for r in v.reasons if r.kind == "alternative" and r.ok is None)


def test_apprentices_denied_a_contest_in_the_achievements_fail_condition_four():
    v = run("hz_chief_technician_2021", {"achievements": ["自己没拿过奖 绝招革新也没有 带的徒弟也没比过赛"],
                                         "awards": [], "competition_results": [], "trained_apprentices": ""})
    assert reason(v, "alt_apprentices").ok is False
    assert v.verdict == "not_eligible", _alts(v)
