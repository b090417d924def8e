"""Achievements that list only the speaker's own records (a placing, an award by its level, an honour) with the
course of the contest and what is no deed of the speaker's (the post's routine, a plan, a training attended) leave
no alternative open: each record is measured by its own row, and there is nothing for the experts (bar23,
docs/verdict-policy.md). A team's or another's honour is no record of the speaker's, and a deed told beside the
record stays with the experts. Phrasings not in the probe rows."""

from __future__ import annotations

import pytest
from eligibility_support import run

NOTHING_ELSE = {"awards": [], "trained_apprentices": "无"}


def _alts(v) -> list[tuple[str, bool | None, str]]:
    return [(r.rule, r.ok, r.message) for r in v.reasons if r.kind == "alternative"]


def _contest(level: str, rank: int, year: int, field: str, tier: str | None = None) -> dict:
    return {"level": level, "tier": tier, "rank": rank, "year": year, "type": "individual", "field": field}


@pytest.mark.parametrize(("program", "achievements", "results"), [
    ("zj_craftsman_2023", ["2020年省职业技能大赛铣工项目第三名", "日常就是在车间按图纸铣零件"],
     [_contest("provincial", 3, 2020, "2020年浙江省职业技能大赛铣工项目")]),
    ("hz_craftsman_2016", ["2014年杭州市职业技能大赛第三名", "平时负责车间设备的点检和保养"],
     [_contest("municipal", 3, 2014, "2014年杭州市职业技能大赛")]),
    ("hz_chief_technician_2021", ["2019年省一类竞赛第五名，赛前厂里让我封闭训练了一个月"],
     [_contest("provincial", 5, 2019, "2019年浙江省钳工技能竞赛", tier="一类")]),
    ("hz_digital_craftsman_2023", ["参加过省里的数字经济技能竞赛，半决赛就出局了", "车间的年度先进评过两回"], []),
])
def test_own_records_beside_no_deed_leave_nothing_open(program, achievements, results):
    v = run(program, {"achievements": achievements, "competition_results": results, **NOTHING_ELSE})
    assert v.verdict == "not_eligible", _alts(v)


@pytest.mark.parametrize(("program", "achievements"), [
    # the team's honour is not the speaker's record: with no no said, the experts decide (issue 12)
    ("zj_craftsman_2023", ["我们班组评上过省级工人先锋号", "日常就是在车间按图纸铣零件"]),
    # a deed told with the award it won
    ("hz_craftsman_2016", ["主导改的冲压模具拿了厂里的技术革新奖", "平时负责车间设备的点检和保养"]),
    # a deed in its own clause beside the record
    ("hz_chief_technician_2021", ["2019年省一类竞赛第五名", "自己琢磨出一套刮研手法，导轨精度提了一个等级"]),
])
def test_a_deed_or_anothers_honour_stays_with_the_experts(program, achievements):
    v = run(program, {"achievements": achievements, "competition_results": [], **NOTHING_ELSE})
    assert v.verdict == "needs_review", _alts(v)


def test_a_vendors_certification_is_the_certificate_rows_to_measure():
    # 首届(三) asks for a national certificate: a vendor's one is measured there (no), not left to the merit rows
    v = run("hz_digital_craftsman_2023", {"achievements": ["拿过腾讯云的TCP认证", "公司年度优秀员工"],
                                          "competition_results": [], **NOTHING_ELSE})
    assert v.verdict == "not_eligible", _alts(v)


def test_a_skill_level_said_alone_stays_with_the_experts():
    # a level or title told as the achievements is no list of what one holds (docs/verdict-policy.md)
    v = run("hz_digital_craftsman_2023", {"achievements": ["职称是高级技师"], "competition_results": [], **NOTHING_ELSE})
    assert v.verdict == "needs_review", _alts(v)


@pytest.mark.parametrize(("field", "direct"), [
    ("2025年浙江省车工职业技能大赛", False),  # a traditional trade's contest is no 数字经济行业 contest
    ("2025年杭州市茶艺师技能竞赛", False),
    ("2025年杭州市职业技能大赛工业机器人系统运维员赛项", None),  # the name decides nothing: the organiser confirms
])
def test_a_first_place_at_a_traditional_trades_contest_is_no_direct_recognition(field, direct):
    first = {"level": "provincial", "tier": None, "rank": 1, "year": 2025, "type": "individual", "field": field}
    v = run("hz_digital_craftsman_2026", {"competition_results": [first], "achievements": [], "awards": []})
    assert next(r for r in v.reasons if r.rule == "direct").ok is direct


@pytest.mark.parametrize(("said", "direct"), [
    ("那次是机修钳工的比赛，跟数字经济的竞赛不沾边，不算数字经济的竞赛", False),  # the speaker settles the name's doubt
    ("比赛是省里办的", None),  # nothing said of its kind: the organiser confirms
])
def test_the_speaker_may_say_a_contest_is_none_of_the_notices_kind(said, direct):
    first = {"level": "provincial", "tier": None, "rank": 1, "year": 2025, "type": "individual",
             "field": "2025年浙江省职工职业技能大赛"}
    v = run("hz_digital_craftsman_2026", {"competition_results": [first], "achievements": [said], "awards": []})
    assert next(r for r in v.reasons if r.rule == "direct").ok is direct
