"""2021年杭州市首席技师: level, first line, exclusion, honours and the competition tiers of 二/(一), (二)-(四)."""

from __future__ import annotations

import pytest
from eligibility_support import MERIT, assert_case, assert_covers, run, silent_rules

P = "hz_chief_technician_2021"


def comp(**kw):
    return {"level": "national", "tier": "一类", "rank": 6, "year": 2020, "type": "individual", "field": "全国技能大赛", **kw}


def only(*results, awards=()):
    return {"awards": list(awards), "competition_results": list(results)}


NEVER: dict = {"conduct": {True, False},  # 遵纪守法: a matter raised is 通知未明确, never a no
         "alt_knack": {True}, "alt_innovation": {True}}  # merit: for the review, never a yes

CASES = [
    ("base: 全国技术能手", {}, "eligible", None, None),
    # every notice asks 遵纪守法 and none says which matters bar an applicant: one raised is 通知未明确
    ("a disciplinary matter raised", {"conduct": "前年受过一次警告处分"}, "needs_review", "conduct", None),
    ("高级工 is below 技师", {"skill_level": "高级工"}, "not_eligible", "skill_level", False),
    ("高级技师", {"skill_level": "高级技师"}, "eligible", "skill_level", True),
    ("skill unknown", {"skill_level": None}, "needs_review", "skill_level", None),
    ("not in the first line", {"role_type": "administrative"}, "not_eligible", "frontline", False),
    ("employer outside Hangzhou", {"employer_city": "温州"}, "not_eligible", "hangzhou_employer", False),
    ("freelancer may apply", {"employment": "freelance"}, "eligible", "frontline", True),
    ("已获评浙江省首席技师", {"prior_titles": ["浙江省首席技师"]}, "not_eligible", "no_prior_title", False),
    # a related title the notice does not name: the notice is silent, so needs_review (docs/verdict-policy.md)
    ("杭州市首席技师 is not the excluded title", {"prior_titles": ["杭州市首席技师"]}, "needs_review", "no_prior_title",
     None),
    # (一) honours and allowances
    ("国务院特殊津贴", {"awards": [{"kind": "国务院特殊津贴", "year": 2018}]}, "eligible", "alt_honours_competitions", True),
    ("杭州市政府特殊津贴", {"awards": [{"kind": "杭州市政府特殊津贴"}]}, "eligible", "alt_honours_competitions", True),
    ("省政府特殊津贴 is not listed", {**only(awards=[{"level": "provincial", "kind": "浙江省政府特殊津贴"}])},
     "not_eligible", "alt_honours_competitions", False),
    # (一) competition tiers
    ("national 一类 6th", only(comp()), "eligible", "alt_honours_competitions", True),
    ("national 一类 7th", only(comp(rank=7)), "not_eligible", "alt_honours_competitions", False),
    ("national 二类 3rd", only(comp(tier="二类", rank=3)), "eligible", "alt_honours_competitions", True),
    ("national 二类 4th", only(comp(tier="二类", rank=4)), "not_eligible", "alt_honours_competitions", False),
    ("national tier unknown, 5th: depends on tier", only(comp(tier=None, rank=5)), "needs_review",
     "alt_honours_competitions", None),
    ("national tier unknown, 2nd: passes either tier", only(comp(tier=None, rank=2)), "eligible",
     "alt_honours_competitions", True),
    ("provincial 一类 3rd", only(comp(level="provincial", rank=3)), "eligible", "alt_honours_competitions", True),
    ("provincial 二类 2nd", only(comp(level="provincial", tier="二类", rank=2)), "not_eligible",
     "alt_honours_competitions", False),
    ("municipal 一类 1st", only(comp(level="municipal", rank=1)), "eligible", "alt_honours_competitions", True),
    ("municipal 二类 1st is not listed", only(comp(level="municipal", tier="二类", rank=1)), "not_eligible",
     "alt_honours_competitions", False),
    ("team result: experts judge", only(comp(type="team", rank=1)), "needs_review", "alt_honours_competitions", None),
    ("team result below the rank: not met", only(comp(type="team", rank=7)), "not_eligible",
     "alt_honours_competitions", False),
    ("type unknown: unknown", only(comp(type=None)), "needs_review", "alt_honours_competitions", None),
    ("result after the round", only(comp(year=2022)), "not_eligible", "alt_honours_competitions", False),
    # (二)(三)(四)
    ("(二) 先进操作法", {**only(), "achievements": ["创造“王氏装配操作法”"]}, MERIT, "alt_knack", None),
    ("(三) 关键技术难题", {**only(), "achievements": ["解决关键技术难题3项"]}, MERIT, "alt_innovation", None),
    ("(四) apprentices with competition results",
     {**only(), "trained_apprentices": "带徒10人，徒弟获省级一类技能竞赛第三名"}, "eligible", "alt_apprentices", True),
    ("(四) apprentices without results", {**only(), "trained_apprentices": "带徒10人"}, "needs_review",
     "alt_apprentices", None),
    ("nothing at all", {**only(), "trained_apprentices": "无"}, "not_eligible", "alt_apprentices", False),
    # (四) the apprentices' placings, judged by the notice's table when they are stated
    ("(四) municipal 2nd, tier unknown: decides", {**only(), "trained_apprentices": "我徒弟2020年拿过杭州市技能竞赛焊工第二名"},
     "needs_review", "alt_apprentices", None),
    ("(四) municipal 一类 3rd", {**only(), "trained_apprentices": "带徒10人，徒弟获杭州市一类技能竞赛第三名"},
     "eligible", "alt_apprentices", True),
    ("(四) provincial 二类 5th falls short", {**only(), "trained_apprentices": "带徒10人，徒弟获省级二类技能竞赛第五名"},
     "not_eligible", "alt_apprentices", False),
]


@pytest.mark.parametrize(("name", "changes", "expected", "rule", "ok"), CASES, ids=[c[0] for c in CASES])
def test_rules(name, changes, expected, rule, ok):
    assert_case(P, changes, expected, rule, ok)


def test_freelancer_notes():
    v = run(P, {"employment": "freelance"})
    assert {"freelance", "freelance_route"} <= {n.rule for n in v.notes}


def test_table_covers_every_rule_passing_and_failing():
    assert_covers(P, CASES, {**NEVER, **silent_rules(P)})


def test_team_placing_says_the_rank_is_met_and_the_experts_judge():
    from eligibility_support import reason

    message = reason(run(P, only(comp(type="team", rank=1))), "alt_honours_competitions").message
    assert "达到条件(一)的名次要求" in message and "团体成绩" in message and "由评审认定" in message


@pytest.mark.parametrize("told", [
    "我带的徒弟好几个成了班组骨干，有一个2020年杭州市二类技能竞赛拿了第一名",
    "带徒8人都成了车间技能骨干，徒弟小张2019年获浙江省二类技能竞赛第二名",
    "培养的徒弟多人成为企业技能骨干，其中1人获全国一类技能竞赛第九名",
])
def test_an_apprentices_stated_placing_is_judged_by_the_notice(told):
    from eligibility_support import reason

    v = run(P, {**only(), "trained_apprentices": told})
    r = reason(v, "alt_apprentices")
    assert v.verdict == "eligible" and r.ok is True
    assert "达到条件(四)的竞赛名次要求" in r.message and "由评审核实" not in r.message



@pytest.mark.parametrize("told", [
    "我带的徒弟有五六个现在都是厂里技术骨干，其中小王2020年省一类竞赛制冷工第五名",  # no 带徒 wording matched
    "手下出来的几个小伙子都是骨干，有一个2019年全国二类技能竞赛第四名",
])
def test_the_apprentices_record_is_read_for_their_placing_whatever_its_words(told):
    from eligibility_support import reason

    v = run(P, {**only(), "trained_apprentices": told})
    assert reason(v, "alt_apprentices").ok is True and v.verdict == "eligible"


@pytest.mark.parametrize("told", [
    "带过四五个徒弟，都成了骨干，可惜没一个拿过竞赛名次",
    "徒弟倒是带了两个，不过他们一场比赛都没参加过",
    "徒弟带过三个，都没比过赛",
])
def test_apprentices_who_never_competed_leave_condition_four_unmet(told):
    from eligibility_support import reason

    v = run(P, {**only(), "trained_apprentices": told})
    r = reason(v, "alt_apprentices")
    assert r.ok is False and "没有参加竞赛或没有取得名次" in r.message


def test_apprentices_whose_contest_is_said_keep_the_notices_test():
    from eligibility_support import reason

    v = run(P, {**only(), "trained_apprentices": "带的徒弟有一个比赛没拿名次，另一个2020年杭州市二类竞赛第一名"})
    assert reason(v, "alt_apprentices").ok is True


@pytest.mark.parametrize("award", [{"level": "municipal", "kind": "杭州市青年岗位能手", "year": 2019},
                                   {"level": "municipal", "kind": "杭州市技术能手", "year": 2019}])
def test_a_citys_lesser_honour_is_said_back_against_condition_one(award):
    """chief23: a city's honour of the listed family is weighed for 二/(一) and said not to meet it, by name."""
    v = assert_case(P, only(awards=[award]), "not_eligible", "alt_honours_competitions", False)
    assert award["kind"] in next(r for r in v.reasons if r.rule == "alt_honours_competitions").message


def test_a_citys_lesser_honour_won_after_the_round_is_named_as_late():
    v = run(P, only(awards=[{"level": "municipal", "kind": "杭州市青年岗位能手", "year": 2025}]))
    assert "之后获得" in next(r for r in v.reasons if r.rule == "alt_honours_competitions").message
