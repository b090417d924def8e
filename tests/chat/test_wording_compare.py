"""A comparison of a wording quotes the side holding it and the other side's counterpart sentence (chat/comparison/wording.py).
Phrasings are not the dev row's (qa-711) nor the probes'.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_wording_compare.py
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.answer import Citations
from assistant.chat.comparison.wording import asks_wording, counterpart, wording_text

NEW, OLD = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023"
TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["首届有这句话吗", "两届是不是就差这几个字", "第四届的措辞改了没", "有没有AI智能体这一说"])
def test_a_wording_pointed_at_is_read(text):
    assert asks_wording(text)


@pytest.mark.parametrize("text", ["两届名额有啥不同", "首届和第四届截止时间一样吗"])
def test_a_value_compared_is_no_wording(text):
    assert not asks_wording(text)


def test_the_counterpart_of_a_condition_is_the_same_condition_worded_otherwise(deps):
    quote = ("(二)运用自己的技术技能,在开展技术革新、技术改造、攻克技术难关、打造 AI 智能体中作出较大贡献,"
             "具有较高的社会认可度,产生重要的社会效益或经济效益。")
    clause_id, unit = counterpart(deps.corpus, quote, OLD)
    assert "攻克技术难关中作出较大贡献" in unit and clause_id.startswith(OLD)


@pytest.mark.parametrize("text", [
    "第四届加了打造AI智能体这么一句，首届的条件里有这句话吗？",
    "AI智能体这个说法首届数字工匠有没有，还是只有第四届才有？",
])
def test_a_wording_one_edition_holds_is_shown_against_the_others_counterpart(deps, text):
    cites = Citations()
    answer = wording_text(deps.corpus, cites, text, [NEW, OLD], TODAY)
    assert answer and answer.startswith("不一样：")
    cited = [c.clause_id for c in cites.items]
    assert f"{NEW}#二/(二)" in cited
    assert any(c.startswith(OLD) and "二/(二)" in c or c == f"{OLD}#二/2" for c in cited)
    assert "打造 AI 智能体中作出较大贡献" in answer


def test_words_both_editions_hold_are_left_to_the_side_by_side_answer(deps):
    assert wording_text(deps.corpus, Citations(), "技术革新那句话两届都有吗", [NEW, OLD], TODAY) is None
