"""A bracketed aside is one clause with what it annotates: "竞赛（二类，电工赛项）第六名" names one placing, though a comma
stands inside the brackets (HR write competition names so)."""

import datetime as dt

import pytest

from assistant.extract.competitions import results_named
from assistant.extract.text import normalize


@pytest.mark.parametrize("text", [
    "徒弟陈某2019年获全国机械行业职业技能竞赛（二类，电工赛项）第六名",
    "先后带徒11人；徒弟2019年获全国机械行业职业技能竞赛(二类,电工赛项)第六名",
    "我徒弟2019年拿了全国机械行业职业技能竞赛（二类；电工）第六名",
])
def test_a_placing_with_a_bracketed_aside_is_read(text):
    [r] = results_named(text, dt.date(2021, 7, 15))
    assert (r["level"], r["tier"], r["rank"], r["year"]) == ("national", "二类", 6, 2019)


def test_the_aside_keeps_its_length_and_clauses_outside_it_are_cut():
    text = "竞赛（二类，电工赛项）第六名，后来又带了三个"
    out = normalize(text)
    assert len(out) == len(text) and out.count(",") == 1 and "二类、电工赛项" in out


@pytest.mark.parametrize(("text", "kept"), [
    ("先说一下：标准没参与过，技术革新也谈不上", ["标准没参与过", "技术革新也谈不上"]),  # the kinds denied, as said
    ("业绩：主导制定了两项团体标准", ["主导制定了两项团体标准"]),
])
def test_a_colon_ends_the_clause_of_an_achievement(text, kept):
    """"先说一下：标准没参与过" is a preface and a denial: the denial is not kept as an achievement with its preface."""
    from assistant.extract import extract

    assert extract(text, dt.date(2026, 11, 21)).profile.get("achievements", []) == kept
