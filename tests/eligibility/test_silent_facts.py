"""Facts a notice neither allows nor excludes (eligibility/silent.toml, each pack's silent.toml): told, the case goes
to review with whom to ask; not told, denied, passing or beside the point, the verdict is untouched."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.eligibility import check
from assistant.eligibility.silent import fact_classes, silent_rows

AS_OF = dt.date(2026, 11, 21)
PROGRAMMES = Path(__file__).resolve().parents[2] / "assistant" / "programs"
DIGITAL = {"facts_as_of": "2026-03-31", "nationality": "中国", "employer_type": "private", "rehired": False,
           "union_member": True, "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical",
           "birth_date": "1988-05", "occupation": "后端开发工程师", "is_digital_economy": True, "years_in_field": 9,
           "years_full_time_in_hangzhou": 7, "skill_level": "none", "prior_titles": [], "competition_results": [],
           "awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2024}]}
CHIEF = {"facts_as_of": "2021-07-15", "nationality": "中国", "employer_type": "private", "rehired": False,
         "union_member": True, "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical",
         "birth_date": "1977-03", "occupation": "数控车工", "skill_level": "高级技师", "prior_titles": [], "awards": [],
         "competition_results": [{"level": "provincial", "tier": "一类", "rank": 2, "year": 2019,
                                  "type": "individual", "field": "浙江省数控车工职业技能竞赛"}]}


def _verdict(base: dict, program: str, told: str | None = None, **fields):
    profile = {**base, **fields, "achievements": ["二四年省科学技术进步奖二等奖，我是主要完成人"] + ([told] if told else [])}
    return check(profile, program, as_of=AS_OF).to_json()


def _silent(v: dict) -> list[dict]:
    return [r for r in v["reasons"] if r["rule"].startswith("silent_")]


@pytest.mark.parametrize(("told", "fact"), [
    ("人一直在成都，居家远程办公，一年来杭州三四趟", "remote"),
    ("二三年起家搬回合肥了，一直远程办公", "remote"),
    ("公司注册在上海，社保也是上海交的，我在杭州研发中心", "papers_elsewhere"),
    ("劳动合同社保都在宁波，我在杭州办事处", "papers_elsewhere"),
    ("另外还在一家创业公司兼职做技术合伙人", "side_job"),
])
def test_a_fact_the_notice_is_silent_on_sends_the_case_to_review_with_whom_to_ask(told, fact):
    v = _verdict(DIGITAL, "hz_digital_craftsman_2026", told)
    assert v["verdict"] == "needs_review"
    (row,) = _silent(v)
    assert row["rule"] == f"silent_{fact}" and row["ok"] is None
    assert "通知未明确" in row["message"] and "电话" in row["message"]


@pytest.mark.parametrize("told", [
    None,
    "疫情封控那阵子在家办公过两个月",  # passing
    "每周五可以居家办公一天，其余时间在公司",  # passing, and no other city
    "在宁波时参与的远程升级项目",  # remote is the thing made, not the way of working
    "没有兼职，也没接过私活",  # denied
    "组里有两个外包同事归我带",  # someone else's arrangement
    "公司总部和注册地都在西湖区",  # papers in Hangzhou
])
def test_nothing_told_denied_or_passing_leaves_a_clear_yes(told):
    v = _verdict(DIGITAL, "hz_digital_craftsman_2026", told)
    assert v["verdict"] == "eligible"
    assert not _silent(v)


def test_part_time_is_a_silence_for_the_chief_technician_not_a_failure():
    assert _verdict(CHIEF, "hz_chief_technician_2021")["verdict"] == "eligible"
    v = _verdict(CHIEF, "hz_chief_technician_2021", employment="part_time")
    assert v["verdict"] == "needs_review"
    assert [r["rule"] for r in _silent(v)] == ["silent_part_time"]


def test_a_side_job_is_not_in_the_chief_technicians_table():
    """The 首席技师 notice's "在一线岗位上直接从事技能工作的人员" is met by a full-timer with a job on the side."""
    v = _verdict(CHIEF, "hz_chief_technician_2021", "晚上和周末还在朋友的厂里兼职修模")
    assert v["verdict"] == "eligible"


@pytest.mark.parametrize("pack", sorted(p.name for p in PROGRAMMES.iterdir() if (p / "silent.toml").exists()))
def test_every_packs_row_names_a_known_class_once(pack):
    rows = silent_rows(PROGRAMMES / pack / "silent.toml")
    assert rows
    assert all(r.fact in fact_classes() and r.asks and r.quote for r in rows)
    assert len({r.fact for r in rows}) == len(rows)


def test_every_class_is_read_by_a_field_or_by_words():
    for fact in fact_classes().values():
        assert bool(fact.field) != bool(fact.words), fact.key
        assert fact.label and fact.said


@pytest.mark.parametrize(("award", "verdict"), [
    ({"level": "provincial", "kind": "浙江省青年科技奖", "year": 2024}, "needs_review"),  # a talent award
    ({"level": "provincial", "kind": "浙江省技术能手", "year": 2024}, "needs_review"),  # a skill honour
    ({"level": "municipal", "kind": "杭州市技术能手", "year": 2024}, "not_eligible"),  # below 第四届's 省级
    ({"level": "provincial", "kind": "浙江省科学技术进步奖三等奖", "year": 2024}, "eligible"),
])
def test_a_skill_or_talent_honour_is_left_to_the_review_for_condition_three(award, verdict):
    profile = {**DIGITAL, "awards": [award],
               "achievements": ["标准没参与过，技术革新、AI智能体都没搞过，领先水平的证书也没有"]}
    assert check(profile, "hz_digital_craftsman_2026", as_of=AS_OF).to_json()["verdict"] == verdict
