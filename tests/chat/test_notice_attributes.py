"""The one table of the notices' attributes (chat/rules/notice_attributes.toml, .py), read by comparisons, premises and
duty answers, and what comparisons and premises do with it. Sentences here are not the probe's."""

from __future__ import annotations

import re

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.notice_attributes import best_sentence, rows, table
from assistant.chat.turn import respond


def _first(answer) -> str:
    return next(line for line in answer.text.splitlines() if line.strip() and not line.startswith("（"))


# --- the table -----------------------------------------------------------------------------------------------------

def test_each_attribute_is_one_row():
    labels = [r["label"] for r in rows()]
    keys = [r["key"] for r in rows()]
    assert len(set(labels)) == len(labels) and len(set(keys)) == len(keys)
    # the three a premise and a comparison both read are one row each, holding both readers' fields
    for key in ("cycle", "priority", "channel"):
        row = next(r for r in rows() if r["key"] == key)
        assert "ask" in row and "premise" in row


def test_every_reader_finds_its_fields():
    assert all(r["premise"]["kind"] and r["premise"]["asked"] and "(?P<v>" in r["premise"]["stated"]
               for r in rows("premise"))
    (duty,) = rows("duty")
    assert duty["label"] == "负责单位" and {"holds", "held_by", "quota", "gives"} <= set(duty["duty"])
    assert all(re.compile(p) for p in duty["duty"].values())
    assert all("ask" in r for r in rows("ask")) and len(rows("ask")) < len(rows())


def test_same_words_name_one_word_first():
    for group in table()["same_words"]:
        assert len(group) >= 2 and all(re.compile(w) for w in group)


# --- the one sentence picker ---------------------------------------------------------------------------------------

def test_the_highest_score_is_picked_in_the_notices_order_at_ties():
    assert best_sentence([(1, "a", "x"), (3, "b", "y"), (3, "b", "z")]) == "y"


def test_nothing_shared_or_two_values_as_likely_is_no_pick():
    assert best_sentence([(0, "a", "x")]) is None
    assert best_sentence([]) is None
    assert best_sentence([(2, "a", "x"), (2, "b", "y")]) is None
    assert best_sentence([(2, "a", "x"), (2, "b", "y")], ties=True) == "x"
    assert best_sentence([(0, "a", "x")], floor=False) == "x"


# --- comparisons ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "key"), [
    ("首届数字工匠和首席技师，材料最晚哪天交，前后差了几个月", "deadline"),  # 几个月 counts time, no people
    ("两个工匠公示分别要挂几个工作日", "publicity_days"),
    ("首席技师和浙派工匠各推几个人", "quota"),
    ("浙派工匠和首届杭州工匠，报名要准备哪些材料", "materials"),
    ("两边的形式审查是谁做的", "first_check"),
    ("首届数字工匠和首席技师要交哪些佐证材料", "evidence"),  # the particular kind of papers keeps its row
    ("两边推荐材料分别要交哪些表", "materials"),  # 交哪些 asks which, not where
    ("首席技师和浙派工匠材料交到哪", "channel"),
])
def test_the_compared_attribute(question, key):
    from assistant.chat.comparison.compared_attribute import compared_attribute

    assert compared_attribute(question).key == key


def test_a_notice_without_the_step_is_silent_on_it(deps):
    answer = respond(Session(), "初审这一步，首席技师和首届杭州工匠各是哪个单位来做", deps)
    side = next(line for line in answer.text.splitlines() if line.startswith("【2021年杭州市首席技师】"))
    assert "没有写明" in side
    assert any(c.clause_id == "hz_craftsman_2016#五" for c in answer.citations)


def test_a_forms_note_gives_way_to_the_notices_own_sentence(deps):
    answer = respond(Session(), "截止时间上，首届杭州工匠跟首席技师哪个材料要先交", deps)
    cited = [c.clause_id for c in answer.citations]
    assert "hz_craftsman_2016#四/(一)" in cited and "hz_craftsman_2016#附件" not in cited, cited


def test_a_word_comparing_the_values_is_no_unwritten_thing(deps):
    answer = respond(Session(), "首届和第四届数字工匠的推荐截止日期，哪届提前了还是推后了", deps)
    assert "两者在这一点上的规定分别是" in answer.text, answer.text
    assert {"hz_digital_craftsman_2026", "hz_digital_craftsman_2023"} <= {c.clause_id.split("#")[0]
                                                                         for c in answer.citations}


# --- premises ------------------------------------------------------------------------------------------------------

def test_a_sentence_naming_no_body_holds_no_body(deps):
    answer = respond(Session(), "首届数字工匠的推荐表是发给数字经济行业工会联合会的吧", deps)
    assert _first(answer).startswith("是的"), answer.text


def test_a_premise_ending_on_fa_is_read(deps):
    answer = respond(Session(), "首届数字工匠推荐材料是发到市总工会办公室的对伐", deps)
    assert _first(answer).startswith("不对") and "杭州市数字经济行业工会联合会" in _first(answer), answer.text


def test_this_years_count_of_the_held_round_is_checked(deps):
    answer = respond(Session(), "首席技师今年一共认定二十五个人，没错吧", deps)
    assert "不对" in _first(answer) or "不对" in answer.text.splitlines()[1], answer.text
    assert any(c.clause_id == "hz_chief_technician_2021#四" for c in answer.citations)


def test_an_askers_verb_of_choosing_is_the_notices(deps):
    from assistant.chat.premise.value_sentence import value_sentence

    found = value_sentence(deps.corpus, "hz_craftsman_2016", "杭州工匠那次总共评了四十个吧")
    assert found and found[0] == "hz_craftsman_2016#二"


@pytest.mark.parametrize(("question", "start"), [
    ("杭州市首席技师算省一级的称号吧", "不对"),
    ("第四届数字工匠是由省里评的吧", "不对"),
    ("浙派工匠是省级的评选吧", "是的"),
])
def test_the_level_of_an_honour_is_its_issuers(deps, question, start):
    answer = respond(Session(), question, deps)
    assert _first(answer).startswith(start), answer.text
    assert any(c.clause_id.endswith("#前言") for c in answer.citations)


def test_a_level_said_of_the_askers_own_result_is_no_honours_level():
    from assistant.chat.premise.attributes import read_attributes

    assert not [p for p in read_attributes("我拿过省级一类竞赛第三名，首席技师能报吧") if p.objects[0] == "荣誉级别"]


def test_a_thing_unwritten_beside_a_stated_attribute_stays_unwritten(deps):
    # 证书 names the reward row, which one notice states; 代领 is still unwritten in both: no comparing word excuses it
    answer = respond(Session(), "第四届和首届数字工匠，发布会上本人一定要到场吗？证书能不能找人代领？", deps)
    assert "都没有写明" in answer.text and not answer.citations, answer.text
