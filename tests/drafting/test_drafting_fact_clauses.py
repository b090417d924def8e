"""One achievement text, several facts: each written once, under its own kind; years counted from a start;
places and counts checked against the facts they belong to."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.drafting import check_grounding, draft
from assistant.drafting.clauses import covered, fact_clauses
from assistant.drafting.material import since

TODAY = dt.date(2026, 11, 21)
PROGRAM = "hz_digital_craftsman_2026"


@pytest.mark.parametrize(("text", "facts"), [
    ("主导了公司实时数仓建设，参与制定了2项杭州市地方标准，2024年获浙江省科学技术进步奖二等奖，带了6个徒弟",
     ["主导了公司实时数仓建设", "参与制定了2项杭州市地方标准", "2024年获浙江省科学技术进步奖二等奖", "带了6个徒弟"]),
    ("牵头编制企业标准3项；研发了设备预测性维护系统，年节约成本200万元；培养高级工5名",
     ["牵头编制企业标准3项", "研发了设备预测性维护系统，年节约成本200万元", "培养高级工5名"]),
    # a result stays with its deed, whatever verb it has (服务, 使, 降到)
    ("改进了一套薄壁件加工操作法，废品率从8%降到1%", ["改进了一套薄壁件加工操作法，废品率从8%降到1%"]),
    ("带领团队打造设备运维AI智能体，服务企业300家，故障诊断效率提升40%",
     ["带领团队打造设备运维AI智能体，服务企业300家，故障诊断效率提升40%"]),
    ("他先后主持了3项技改，还获得了杭州市技术能手", ["他先后主持了3项技改", "还获得了杭州市技术能手"]),
    # punctuation inside a quoted name does not cut it (found by the property test: "“；”攻关")
    ("主导制定《数据接口规范；第1部分》标准，带了6个徒弟", ["主导制定《数据接口规范；第1部分》标准", "带了6个徒弟"]),
    ("“；”攻关", ["“；”攻关"]),
])
def test_a_run_of_deeds_is_cut_into_one_fact_per_deed(text, facts):
    assert fact_clauses(text) == facts


@pytest.mark.parametrize(("clause", "stated", "expected"), [
    ("2024年获浙江省科学技术进步奖二等奖", ["浙江省科学技术进步奖二等奖"], True),
    ("带了6个徒弟", ["带了6个徒弟"], True),
    ("2025年获浙江省数字经济行业职业技能竞赛个人第一名", ["浙江省数字经济行业职业技能竞赛"], True),
    ("主导研发X系统并获省科技奖", ["省科技奖"], False),  # a deed besides the award: not only the award
    ("参与制定了2项杭州市地方标准", ["浙江省科学技术进步奖二等奖"], False),
])
def test_a_clause_saying_only_a_structured_fact_is_left_to_that_fact(clause, stated, expected):
    assert covered(clause, stated) is expected


ZHANG = {"name": "张伟", "position": "大数据平台架构师", "employer_since": "2016",
         "achievements": ["主导了公司实时数仓建设，参与制定了2项杭州市地方标准，2024年获浙江省科学技术进步奖二等奖，带了6个徒弟"],
         "awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2024}],
         "trained_apprentices": "带了6个徒弟"}


def test_each_fact_is_written_once_under_its_own_condition():
    d = draft(ZHANG, PROGRAM, today=TODAY)
    for fact in ("浙江省科学技术进步奖二等奖", "带了6个徒弟", "2项杭州市地方标准", "实时数仓"):
        assert d.text.count(fact) == 1, (fact, d.text)
    sentence = next(s for s in d.text.split("。") if "标准" in s)
    assert "奖" not in sentence and "徒弟" not in sentence  # the standards sentence holds the standards only
    assert {"hz_digital_craftsman_2026#二/(一)", "hz_digital_craftsman_2026#二/(三)"} <= set(d.clause_ids)
    assert d.text.startswith("张伟同志") and d.unsupported == () and d.char_count <= d.limit == 300


@pytest.mark.parametrize(("facts", "said"), [
    ({"employer_since": "2016"}, "2016年入职，至今约10年"),  # a year alone: the count is approximate
    ({"employer_since": "2016-03"}, "2016年3月入职，至今已10年"),
    ({"employer_since": "2016-12"}, "2016年12月入职，至今已9年"),
    ({"work_start": "2005"}, "2005年参加工作，至今约21年"),
])
def test_years_are_counted_from_the_start_to_the_as_of_date(facts, said):
    d = draft({"name": "张伟", "achievements": ["主导制定团体标准2项"], **facts}, PROGRAM, today=TODAY)
    assert said in d.text and d.unsupported == ()
    assert not any("多少年" in s for s in d.suggestions)  # the count is in the draft: not asked again


def test_a_start_after_the_as_of_date_gives_no_count():
    assert since("2027", TODAY) is None and since("2026-06", TODAY) is None and since(None, TODAY) is None


@pytest.mark.parametrize(("text", "facts"), [
    # the number 1 is in the facts, but not as a place
    ("刘洋同志在省赛中获第一名。", {"achievements": ["主导开发智能客服AI智能体，响应时间降到1秒"]}),
    ("在杭州市数字技能大赛中获第1名。", {"achievements": ["参加了2025年杭州市数字技能大赛，1人获奖"]}),
    ("获全国职业技能大赛第三名。", {"competition_results": [{"level": "national", "rank": 5, "field": "全国职业技能大赛"}]}),
])
def test_a_place_must_be_a_place_the_facts_give(text, facts):
    assert check_grounding(text, facts)


@pytest.mark.parametrize("text", ["在省赛中获第一名。", "获省赛第1名。"])
def test_a_place_the_facts_give_passes(text):
    facts = {"competition_results": [{"level": "provincial", "rank": 1, "field": "省赛"}]}
    assert check_grounding(text, facts) == []
    assert check_grounding(text, {"achievements": ["拿了省赛第一名"]}) == []


def test_a_count_of_years_needs_its_start():
    text = "张伟同志2016年入职，至今约10年。"
    assert check_grounding(text, {"employer_since": "2016", "facts_as_of": "2026-11-21"}) == []
    assert check_grounding(text, {"employer_since": "2016", "facts_as_of": "2026-11-21"}, TODAY) == []
    assert "12年" in check_grounding("至今约12年。", {"employer_since": "2016"}, TODAY)
