"""Forms found by paraphrasing passing dev rows (ext7's pe-041…080), each a mechanism tested with other words: a
four-digit year after a space opens a clause whatever word ended the one before ("称号一个没有 2025年…第一": the denial
swallowed the placing); a placing followed by a bracketed aside ("个人第一（个人赛）") is still a placing; a programme
named by its year without 年 ("2021首席技师") is no level held."""

from __future__ import annotations

from assistant.extract import extract
from assistant.extract.text import normalize
from tests.extract_support import TODAY


def test_a_year_after_a_space_opens_a_clause_after_any_word():
    assert normalize("奖一个没有 2024年省里焊工比赛第二") == "奖一个没有，2024年省里焊工比赛第二"
    assert normalize("证书考过 2019年拿的技师") == "证书考过，2019年拿的技师"
    assert normalize("在 2019年来的") == "在2019年来的"  # the word before takes the date
    assert normalize("他 1985年生的") == "他1985年生的"  # the person the date is said of
    profile = extract("称号啥的都没有 2025年杭州市数字经济行业职业技能竞赛个人第一", TODAY).profile
    assert profile["competition_results"][0]["rank"] == 1


def test_a_placing_before_a_bracketed_aside():
    for text in ("前年省里的焊工比赛拿了第二（个人赛）", "前年省里的焊工比赛拿了第二(是个人的)"):
        results = extract(text, TODAY).profile.get("competition_results")
        assert results and results[0]["rank"] == 2, text


def test_a_programme_named_by_a_bare_year_is_no_level():
    profile = extract("2021首席技师想问下，我是技师，在萧山开数控", TODAY).profile
    assert profile.get("skill_level") == "技师"
    assert extract("我是首席技师", TODAY).profile.get("skill_level") == "首席技师"
