"""Properties of the checker over any profile the schema allows."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.eligibility import VERDICTS, check, check_all
from assistant.errors import InputError
from assistant.notices.tree import load_corpus
from assistant.profile import SKILL_LEVELS

AS_OF = dt.date(2026, 11, 21)
RANK = {"eligible": 0, "direct_recognition": 0, "needs_review": 1, "not_eligible": 2}

months = st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1900, 2026), st.integers(1, 12))
years = st.floats(0, 80, allow_nan=False)
maybe = st.none().__or__
competition = st.fixed_dictionaries({
    "level": st.sampled_from(["world", "national", "provincial", "municipal"]), "rank": st.integers(1, 20),
}, optional={
    "tier": maybe(st.sampled_from(["一类", "二类"])), "year": maybe(st.integers(1990, 2030)),
    "type": maybe(st.sampled_from(["individual", "team"])),
    "field": st.sampled_from(["", "浙江省数字经济行业职业技能竞赛", "全国焊工大赛", "人工智能训练师"]),
})
award = st.fixed_dictionaries({"kind": st.sampled_from(
    ["浙江省科学技术进步奖二等奖", "杭州市科技进步奖", "全国技术能手", "国务院特殊津贴", "优秀员工", "科学技术奖"])},
    optional={"level": maybe(st.sampled_from(["national", "provincial", "municipal"])),
              "year": maybe(st.integers(1990, 2030))})
texts = st.lists(st.sampled_from(["主导制定团体标准", "打造AI智能体", "带徒10人", "爱好跑步", "创造先进操作法",
                                  "获杭州市科学技术进步奖", "推动智能制造", "国际领先资质证书", ""]), max_size=3)
profiles = st.fixed_dictionaries({}, optional={
    "facts_as_of": st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat),
    "birth_date": months, "nationality": st.sampled_from(["中国", "CN", "美国", ""]),
    "employer_type": st.sampled_from(["private", "soe", "public_institution", "government_agency", "none"]),
    "rehired": st.booleans(), "union_member": st.booleans(), "employer_city": st.sampled_from(["杭州", "宁波", "滨江"]),
    "employment": st.sampled_from(["full_time", "part_time", "freelance", "retired", "civil_servant",
                                   "public_institution_cadre", "soe_leader"]),
    "role_type": st.sampled_from(["frontline_technical", "management", "administrative"]),
    "years_in_field": years, "years_full_time_in_hangzhou": years, "years_full_time_in_zhejiang": years,
    "skill_level": st.sampled_from(SKILL_LEVELS), "is_highest_level_of_occupation": st.booleans(),
    "is_digital_economy": st.booleans(),
    "prior_titles": st.lists(st.sampled_from(["杭州数字工匠提名奖", "浙江省首席技师", "杭州工匠", "优秀党员"]), max_size=2),
    "competition_results": st.lists(competition, max_size=3), "awards": st.lists(award, max_size=3),
    "achievements": texts, "trained_apprentices": st.sampled_from(["", "带徒5人，徒弟获省赛第二名", "无"]),
    "digital_work_start": months, "hangzhou_full_time_start": months,
})
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# The one fact per program that is a hard exclusion (首届杭州工匠 has none).
EXCLUSIONS = {
    "hz_digital_craftsman_2026": {"prior_titles": ["杭州工匠"]},
    "hz_digital_craftsman_2023": {"prior_titles": ["浙江工匠"]},
    "hz_chief_technician_2021": {"prior_titles": ["浙江省首席技师"]},
    "zj_craftsman_2023": {"employment": "retired"},
}


def _checked(profile):
    try:
        return check_all(profile, AS_OF)
    except InputError as exc:  # the only bad input the schema lets through: dates in the wrong order
        assert exc.field in {"birth_date", "facts_as_of"}
        return None


@SETTINGS
@given(profiles)
def test_never_raises_and_every_citation_resolves(profile):
    corpus = load_corpus()
    verdicts = _checked(profile)
    if verdicts is None:
        return
    for v in verdicts:
        assert v.verdict in VERDICTS
        doc = v.to_json()
        for r in doc["reasons"]:
            assert r["ok"] in (True, False, None)
            assert r["quote"] in corpus.clause(r["clause_id"]).text
        assert all(corpus.has(c) for c in doc["clause_ids"])
        if v.verdict == "needs_review" and not v.contradictions:
            assert any(r.ok is not True for r in v.reasons)
        if v.verdict in ("eligible", "direct_recognition"):
            assert v.missing == () and v.nearest_path == ()


@SETTINGS
@given(profiles, st.sampled_from(sorted(EXCLUSIONS)))
def test_adding_a_hard_exclusion_never_improves_the_verdict(profile, program):
    try:
        before = check(profile, program, AS_OF).verdict
    except InputError:
        return
    changed = dict(profile)
    for key, value in EXCLUSIONS[program].items():
        changed[key] = (profile.get(key) or []) + value if isinstance(value, list) else value
    after = check(changed, program, AS_OF).verdict
    assert RANK[after] >= RANK[before]
    assert after == "not_eligible"
