"""Properties of the verdict policy (docs/verdict-policy.md), over generated profiles and achievements."""

from __future__ import annotations

import datetime as dt

from eligibility_support import BASE, vary
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_eligibility_properties import profiles

from assistant.eligibility import check
from assistant.eligibility.api import get_program
from assistant.errors import InputError
from assistant.language import says_none
from assistant.programs import program_ids

AS_OF = dt.date(2026, 11, 21)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PROGRAMS = st.sampled_from(sorted(program_ids()))

MATCHED = ["主导制定团体标准2项", "带徒10人，徒弟成了技师", "创造先进操作法", "打造AI智能体", "推动车间智能制造改造",
           "从事杭州丝绸传统工艺", "攻克关键技术难题", "把科技成果转化为现实生产力", "总结的装配工法在全省推广",
           "取得国际领先资质证书", "焊了二十年没出过一个不合格焊缝，全厂就我一个", "徒手画线误差不超过0.1毫米，同行公认"]
UNMATCHED = ["主导核心交易系统的分布式架构升级", "负责数据中台从零到一的搭建", "重写了公司的推荐引擎，点击率提升20%",
             "爱好跑步", "服务30多个业务线", "连续五年考核优秀", "负责大客户交付", "参与了新厂区的规划",
             "干了十年没出过一次事故", "交付的系统从来没有宕机"]  # a negation that denies no achievement
achievement = st.sampled_from(MATCHED + UNMATCHED)
unmatched_text = st.builds(lambda a, tail: a + tail, st.sampled_from(UNMATCHED),
                           st.text(alphabet="的了在和把做过多个项目客户系统平台效率", max_size=8))


def _alternatives(program: str, profile: dict) -> dict[str, bool | None]:
    alts = {r.id for r in get_program(program).rules if r.kind == "alternative"}
    v = check(profile, program, AS_OF)
    return {r.rule: r.ok for r in v.reasons if r.rule in alts}


def _quiet(program: str, **changes) -> dict:
    """The programme's base profile with no award or competition, so the achievements alone decide."""
    return vary(program, awards=[], competition_results=[], trained_apprentices="无", **changes)


@SETTINGS
@given(PROGRAMS, st.lists(achievement, min_size=1, max_size=3), st.sampled_from(["没有", "无", "未"]), st.data())
def test_negation_prefix_never_turns_unmet_into_met(program, texts, prefix, data):
    i = data.draw(st.integers(0, len(texts) - 1))
    before = _alternatives(program, _quiet(program, achievements=texts))
    negated = [prefix + t if j == i else t for j, t in enumerate(texts)]
    after = _alternatives(program, _quiet(program, achievements=negated))
    for rule, ok in after.items():
        if ok is True:
            assert before.get(rule) is True, (rule, texts, negated)


@SETTINGS
@given(PROGRAMS, st.lists(unmatched_text, min_size=1, max_size=3))
def test_present_but_unmatched_never_yields_not_eligible_alone(program, texts):
    assume(not any(says_none(t) for t in texts))
    v = check(_quiet(program, achievements=texts), program, AS_OF)
    assert v.verdict != "not_eligible", [(r.rule, r.ok, r.message) for r in v.reasons]


def _hard_fields(program: str) -> set[str]:
    return {f for r in get_program(program).rules if r.kind in ("hard", "exclusion_hard") for f in r.fields}


@SETTINGS
@given(PROGRAMS, profiles, st.data())
def test_unknown_hard_fact_never_turns_not_eligible_into_eligible(program, profile, data):
    try:
        before = check(profile, program, AS_OF).verdict
    except InputError:
        return
    present = sorted(f for f in _hard_fields(program) if f in profile)
    assume(before == "not_eligible" and present)
    field = data.draw(st.sampled_from(present))
    after = check({k: v for k, v in profile.items() if k != field}, program, AS_OF).verdict
    assert after != "eligible", field


@SETTINGS
@given(PROGRAMS, st.lists(achievement, min_size=2, max_size=4), st.randoms(use_true_random=False))
def test_order_of_achievements_never_matters(program, texts, rnd):
    shuffled = list(texts)
    rnd.shuffle(shuffled)
    base = {**BASE[program]}
    a = check({**base, "achievements": texts}, program, AS_OF).verdict
    b = check({**base, "achievements": shuffled}, program, AS_OF).verdict
    assert a == b
