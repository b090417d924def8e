"""Boundary tables per programme, on each round's reference date: exactly at the threshold, one month under,
and the month unknown. A start month names no day, so the month whose first day just reaches the threshold and
whose last day does not is open (needs_review); "exactly at the threshold" is the month before it. Window programmes (no fixed date) are checked at both ends of the window, so a start
that reaches the threshold only by the deadline is ``needs_review`` (docs/verdict-policy.md)."""

from __future__ import annotations

import pytest
from eligibility_support import MERIT, TODAY, held_for_merit, run, vary

from assistant.eligibility import check

# (programme, reference date(s) of the round, the threshold, changes, expected verdict, deciding rule, its ok)
CASES = [
    # 第四届: 在杭全职工作1年以上 (hard), counted to 2026-03-31
    ("hz_digital_craftsman_2026", "2026-03-31", "在杭1年：恰好满（开始月的最后一天起也满）",
     {"hangzhou_full_time_start": "2025-03"}, MERIT, "years_hangzhou", True),
    ("hz_digital_craftsman_2026", "2026-03-31", "在杭1年：开始月的哪一天决定", {"hangzhou_full_time_start": "2025-04"},
     "needs_review", "years_hangzhou", None),
    # a count said beside the month (blind batch ak pf-933): short, it settles the day the month leaves open; reaching
    # the threshold it may be rounded, so the day is still asked
    ("hz_digital_craftsman_2026", "2026-03-31", "在杭1年：月份之外所填年限不足",
     {"hangzhou_full_time_start": "2025-04", "years_full_time_in_hangzhou": 0.9, "facts_as_of": "2026-03-31"},
     "not_eligible", "years_hangzhou", False),
    ("hz_digital_craftsman_2026", "2026-03-31", "在杭1年：月份之外所填年限刚满",
     {"hangzhou_full_time_start": "2025-04", "years_full_time_in_hangzhou": 1, "facts_as_of": "2026-03-31"},
     "needs_review", "years_hangzhou", None),
    ("hz_digital_craftsman_2026", "2026-03-31", "在杭1年：差一个月", {"hangzhou_full_time_start": "2025-05"},
     "not_eligible", "years_hangzhou", False),
    ("hz_digital_craftsman_2026", "2026-03-31", "在杭1年：月份未知",
     {"hangzhou_full_time_start": None, "years_full_time_in_hangzhou": None}, "needs_review", "years_hangzhou", None),
    ("hz_digital_craftsman_2026", "2026-03-31", "数字经济一般5年：恰好满", {"digital_work_start": "2021-03"},
     MERIT, "years_field", True),
    ("hz_digital_craftsman_2026", "2026-03-31", "数字经济一般5年：开始月的哪一天决定", {"digital_work_start": "2021-04"},
     "needs_review", "years_field", None),
    ("hz_digital_craftsman_2026", "2026-03-31", "数字经济一般5年：差一个月（软条件）",
     {"digital_work_start": "2021-05"}, "needs_review", "years_field", False),
    ("hz_digital_craftsman_2026", "2026-03-31", "数字经济一般5年：月份未知", {"digital_work_start": None},
     "needs_review", "years_field", None),
    # 首届数字工匠: 从事数字经济行业工作一般在5年以上 (soft), window 2022-12-20 .. 2023-03-31
    ("hz_digital_craftsman_2023", "2022-12-20/2023-03-31", "数字经济一般5年：窗口起点已满",
     {"digital_work_start": "2017-11"}, MERIT, "years_field", True),
    ("hz_digital_craftsman_2023", "2022-12-20/2023-03-31", "数字经济一般5年：截止日恰好满（起点未满）",
     {"digital_work_start": "2018-04"}, "needs_review", "years_field", None),
    ("hz_digital_craftsman_2023", "2022-12-20/2023-03-31", "数字经济一般5年：截止日差一个月（软条件）",
     {"digital_work_start": "2018-05"}, "needs_review", "years_field", False),
    ("hz_digital_craftsman_2023", "2022-12-20/2023-03-31", "数字经济一般5年：月份未知", {"digital_work_start": None},
     "needs_review", "years_field", None),
    # 首届数字工匠: 在杭全职工作2年以上 (hard), window 2022-12-20 .. 2023-03-31
    ("hz_digital_craftsman_2023", "2022-12-20/2023-03-31", "在杭2年：窗口起点已满",
     {"hangzhou_full_time_start": "2020-11"}, MERIT, "years_hangzhou", True),
    ("hz_digital_craftsman_2023", "2022-12-20/2023-03-31", "在杭2年：截止日恰好满（起点未满）",
     {"hangzhou_full_time_start": "2021-04"}, "needs_review", "years_hangzhou", None),
    ("hz_digital_craftsman_2023", "2022-12-20/2023-03-31", "在杭2年：截止日差一个月",
     {"hangzhou_full_time_start": "2021-05"}, "not_eligible", "years_hangzhou", False),
    ("hz_digital_craftsman_2023", "2022-12-20/2023-03-31", "在杭2年：月份未知",
     {"hangzhou_full_time_start": None, "years_full_time_in_hangzhou": None}, "needs_review", "years_hangzhou", None),
    # 首届杭州工匠: 在杭从事本专业技能工作不少于10年 (hard), window 2016-06-20 .. 2016-09-30
    ("hz_craftsman_2016", "2016-06-20/2016-09-30", "在杭10年：窗口起点已满", {"hangzhou_full_time_start": "2006-05"},
     MERIT, "years_in_trade", True),
    ("hz_craftsman_2016", "2016-06-20/2016-09-30", "在杭10年：截止日恰好满（起点未满）",
     {"hangzhou_full_time_start": "2006-10"}, "needs_review", "years_in_trade", None),
    ("hz_craftsman_2016", "2016-06-20/2016-09-30", "在杭10年：截止日差一个月", {"hangzhou_full_time_start": "2006-11"},
     "not_eligible", "years_in_trade", False),
    ("hz_craftsman_2016", "2016-06-20/2016-09-30", "在杭10年：月份未知",
     {"hangzhou_full_time_start": None, "years_full_time_in_hangzhou": None}, "needs_review", "years_in_trade", None),
    # 首届杭州工匠: 60周岁以下 (含60周岁)
    ("hz_craftsman_2016", "2016-06-20/2016-09-30", "60周岁：截止日恰好60周岁", {"birth_date": "1956-09"},
     MERIT, "age", True),
    ("hz_craftsman_2016", "2016-06-20/2016-09-30", "60周岁：截止日超过（早生一年零一个月）", {"birth_date": "1955-08"},
     "needs_review", "age", None),  # over 60: only the 有突出贡献 exemption (expert) can help
    ("hz_craftsman_2016", "2016-06-20/2016-09-30", "60周岁：出生年月未知", {"birth_date": None},
     "needs_review", "age", None),
    # 2021年首席技师: 奖项年份不晚于计算日所在年份 (2021-06-21 .. 2021-07-15)
    ("hz_chief_technician_2021", "2021-06-21/2021-07-15", "全国技术能手：当年获得",
     {"awards": [{"level": "national", "kind": "全国技术能手", "year": 2021}]}, "eligible", None, None),
    ("hz_chief_technician_2021", "2021-06-21/2021-07-15", "全国技术能手：晚一年获得",
     {"awards": [{"level": "national", "kind": "全国技术能手", "year": 2022}]}, "not_eligible", None, None),
    ("hz_chief_technician_2021", "2021-06-21/2021-07-15", "全国技术能手：年份未知",
     {"awards": [{"level": "national", "kind": "全国技术能手"}]}, "eligible", None, None),
    # 浙派工匠: 在浙全职工作1年以上 (hard), standing rules: counted to the check date
    ("zj_craftsman_2023", TODAY.isoformat(), "在浙1年：满（开始月已整月过去）",
     {"hangzhou_full_time_start": "2025-10", "years_full_time_in_zhejiang": None}, MERIT, "years_zhejiang", True),
    ("zj_craftsman_2023", TODAY.isoformat(), "在浙1年：开始月的哪一天决定",
     {"hangzhou_full_time_start": "2025-11", "years_full_time_in_zhejiang": None}, "needs_review", "years_zhejiang",
     None),
    # the Hangzhou years are only a floor of the Zhejiang years: under the threshold they leave it open
    ("zj_craftsman_2023", TODAY.isoformat(), "在浙1年：在杭差一个月，浙江其他地方未说",
     {"hangzhou_full_time_start": "2025-12", "years_full_time_in_zhejiang": None}, "needs_review", "years_zhejiang",
     None),
    ("zj_craftsman_2023", TODAY.isoformat(), "在浙1年：差一个月",
     {"hangzhou_full_time_start": "2025-12", "years_full_time_in_zhejiang": 0.92}, "not_eligible", "years_zhejiang",
     False),
    ("zj_craftsman_2023", TODAY.isoformat(), "在浙1年：月份未知",
     {"hangzhou_full_time_start": None, "years_full_time_in_zhejiang": None}, "needs_review", "years_zhejiang", None),
    # 浙派工匠: 原则上从事本职业（工种）5年以上 (soft); the profile gives years only, as of the check date
    ("zj_craftsman_2023", TODAY.isoformat(), "本职业原则上5年：恰好满", {"years_in_field": 5}, MERIT,
     "years_field", True),
    ("zj_craftsman_2023", TODAY.isoformat(), "本职业原则上5年：差一个月（软条件）", {"years_in_field": 4 + 11 / 12},
     "needs_review", "years_field", False),
    ("zj_craftsman_2023", TODAY.isoformat(), "本职业原则上5年：年限未知", {"years_in_field": None}, "needs_review",
     "years_field", None),
]


@pytest.mark.parametrize(("program", "ref", "name", "changes", "expected", "rule", "ok"), CASES,
                         ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_boundaries(program, ref, name, changes, expected, rule, ok):
    if "hangzhou_full_time_start" in changes and changes["hangzhou_full_time_start"] and program != "zj_craftsman_2023":
        changes = {"years_full_time_in_hangzhou": None, **changes}
    if "digital_work_start" in changes or (program == "hz_digital_craftsman_2023" and rule == "years_field"):
        changes = {"years_in_field": None, **changes}
    v = run(program, changes)
    assert [d.isoformat() for d in v.reference_dates] == ref.split("/")
    detail = [(r.rule, r.ok, r.message) for r in v.reasons]
    assert held_for_merit(v) if expected == MERIT else v.verdict == expected, detail
    if rule:
        assert next(r.ok for r in v.reasons if r.rule == rule) is ok, detail


# The projection policy at the threshold: years given as of ``facts_as_of`` are carried to the round's date
# (basis "round", the default) or taken at the check date (basis "today"). 第四届 counts 在杭全职1年 to 2026-03-31.
PROJECTION = [
    ("given on the round's date, exactly 1 year", "2026-03-31", 1, "round", MERIT, True),
    ("given a month after the round's date: 11 months on it", "2026-04-30", 1, "round", "not_eligible", False),
    ("given on the check date, exactly 1 year once carried back", "2026-11-21", 1 + 235 / 365, "round", MERIT,
     True),
    ("given on the check date, a month short once carried back", "2026-11-21", 1 + 204 / 365, "round",
     "not_eligible", False),
    ("the same, under these rules now", "2026-11-21", 1 + 204 / 365, "today", MERIT, True),
    ("given on the check date, unknown", "2026-11-21", None, "round", "needs_review", None),
]


@pytest.mark.parametrize(("name", "as_of", "years", "basis", "expected", "ok"), PROJECTION,
                         ids=[c[0] for c in PROJECTION])
def test_projection_at_the_threshold(name, as_of, years, basis, expected, ok):
    profile = vary("hz_digital_craftsman_2026", facts_as_of=as_of, years_full_time_in_hangzhou=years,
                   hangzhou_full_time_start=None)
    v = check(profile, "hz_digital_craftsman_2026", TODAY, basis=basis)
    reason = next(r for r in v.reasons if r.rule == "years_hangzhou")
    assert (MERIT if held_for_merit(v) else v.verdict, reason.ok) == (expected, ok), reason.message
    assert v.basis == basis
