"""Which edition a notice is, asserted in a premise (chat/premise/edition_said.py)."""

from __future__ import annotations

import pytest

from assistant.chat.premise.edition_said import edition_premise, ordinal


@pytest.mark.parametrize(("said", "n"), [("首届", 1), ("第四届", 4), ("第 3 届", 3), ("第12届", 12), ("2021年", None)])
def test_an_edition_is_read_as_its_ordinal(said, n):
    assert ordinal(said) == n


@pytest.mark.parametrize(("program", "question", "says"), [
    ("hz_digital_craftsman_2026", "数字工匠今年这次是第三届吧？", "不对"),
    ("hz_craftsman_2016", "2016年那个杭州工匠已经是第二届了吧", "不对"),
    ("hz_digital_craftsman_2026", "杭州数字工匠这回是第四届对吧", "是的"),
    ("hz_digital_craftsman_2023", "数字工匠2023年那次算首届吧", "是的"),
])
def test_the_edition_asserted_is_checked_against_the_notice(deps, program, question, says):
    line, (cid, quote) = edition_premise(deps.corpus, program, question)
    assert line.startswith(says) and cid == f"{program}#前言"
    assert deps.corpus.meta(program).edition_name in quote


@pytest.mark.parametrize(("program", "question"), [
    ("hz_digital_craftsman_2023", "首届数字工匠是2023年搞的吧"),  # the edition names the programme, asserts nothing
    ("hz_chief_technician_2021", "首席技师这是第二届了吧"),  # a notice numbering no edition settles nothing
])
def test_no_edition_premise_is_read(deps, program, question):
    assert edition_premise(deps.corpus, program, question) is None
