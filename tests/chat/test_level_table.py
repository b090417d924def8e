"""The one table of levels of government (chat/rules/levels.toml) and its readers: choice, levels, tiers, agents."""

from __future__ import annotations

import pytest

from assistant.chat.premise import agents, tiers
from assistant.chat.rules import choice, levels
from assistant.chat.rules.level_table import LevelRow, case, row_of, rows


def test_rows_run_highest_first():
    assert [row.key for row in rows()] == ["国家", "省", "市", "区县", "单位", "协会"]


def test_an_unknown_column_is_an_error():
    with pytest.raises(TypeError):
        row_of({"key": "省", "name": "province", "asks": ["省里"]})


def test_word_columns_are_tuples():
    row = row_of({"key": "省", "name": "province", "asked": ["省里"], "label": "省里"})
    assert row == LevelRow(key="省", name="province", asked=("省里",), label="省里")


@pytest.mark.parametrize(("key", "tier_label"), [("国家", "国家级"), ("省", "省级"), ("市", "市级"), ("区县", "区县")])
def test_a_tier_is_named_as_before(key, tier_label):
    assert {row.key: row.tier_label for row in rows()}[key] == tier_label


@pytest.mark.parametrize(("name", "label", "said_label"), [
    ("province", "省里", "全省范围"), ("city", "市里", "市一级"), ("district", "各区", "区县一级"),
    ("unit", "单位内部", "本单位内部"), ("association", "协会", "协会内部"),
])
def test_an_asked_level_is_named_as_before(name, label, said_label):
    level = next(lv for lv in levels.levels() if lv.name == name)
    assert (level.label, level.said_label) == (label, said_label)


def test_each_reader_reads_its_column():
    assert [lv.name for lv in levels.levels()] == ["province", "city", "district", "unit", "association"]
    assert tiers._order() == ("区县", "市", "省", "国家")  # lowest first: a floor reaches the tiers above it
    assert list(choice._level_bodies()) == ["省", "市", "区县", "单位"]
    assert list(agents._patterns()[1]) == ["国家", "省", "市", "区县"]


@pytest.mark.parametrize(("said", "level"), [
    ("省里", "省"), ("省评", "省"), ("各地市", "市"), ("区定", "区县"), ("厂里", "单位"), ("浙江", None),
])
def test_a_choice_side_s_level(said, level):
    assert choice.level_of(said) == level


@pytest.mark.parametrize(("text", "levels_"), [
    ("国务院或市政府特殊津贴", {"国家", "市"}), ("省级及以上科技奖", {"省", "国家"}), ("各区总工会", {"区县"}),
])
def test_tiers_read_the_table(text, levels_):
    assert tiers.slots(text)[0].tiers == levels_


@pytest.mark.parametrize(("text", "level"), [("浙江省人力社保厅", "省"), ("设区市政府", "市"), ("区人社局", "区县")])
def test_a_body_s_level_reads_the_table(text, level):
    assert agents.bodies_in(text)[0].level == level


def test_the_asker_s_own_case_is_in_the_table():
    assert "在" in case()["before"] and "工作" in case()["after"]
