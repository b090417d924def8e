"""Seals and signatures compared are read off each side's form rows (chat/rules/seals.py), and where a step is done is
each side's sentence doing it there (compare._step_place). Phrasings are not the dev rows' (qa-653, qa-698, qa-728).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_seals.py
"""

from __future__ import annotations

import pytest

from assistant.chat.rules.seals import asks_seals, seal_rows
from tests.chat_support import ask_cited


@pytest.mark.parametrize("text", ["推荐表一共几个章", "申报表上哪些单位盖章", "表格最后要本人签名吗"])
def test_a_seal_or_signature_of_a_form_is_asked(text):
    assert asks_seals(text)


@pytest.mark.parametrize("text", ["材料要盖章后报送吗", "公示几天"])
def test_no_form_or_no_seal_is_no_seal_question(text):
    assert not asks_seals(text)


def test_the_seal_rows_are_the_forms_opinion_and_pledge_rows(deps):
    rows = [r for _, r in seal_rows(deps.corpus, "hz_digital_craftsman_2026")]
    assert len(rows) == 3 and any("签名" in r for r in rows)
    # a note on the seal's name ("须和单位公章相同") and the summary table's filler are no seal rows
    assert not any("须和单位公章相同" in r or "填报单位" in r for _, r in seal_rows(deps.corpus, "hz_chief_technician_2021"))


def test_seals_compared_quote_each_sides_rows(deps):
    answer, cited = ask_cited(deps, "首席技师和杭州工匠的申报表，上面各有几处要盖章？")
    assert "hz_chief_technician_2021#附件2" in cited and "hz_craftsman_2016#附件" in cited
    assert "领导小组办公室意见" in answer.text and "审核意见" in answer.text


def test_where_a_step_is_done_is_each_sides_sentence_doing_it(deps):
    answer, cited = ask_cited(deps, "首届杭州工匠和首席技师各自的公示是在什么地方公示的？")
    assert "hz_craftsman_2016#五" in cited and "hz_chief_technician_2021#三/(一)" in cited
    assert "报纸" in answer.text and "本单位" in answer.text
