"""Counts of items filled into a form's field, and the Wu dialect's confirmation tags (是伐, 对伐): both make a
premise the notice's number is checked against ("主要成果各能填五项是伐" against "各不超过3项")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "首届数字工匠推荐表上主要成果各能填五项是伐",  # Wu dialect's 是吧 (batch s dev, qa-791's kind)
    "首届数字工匠推荐表上主要成果能填五项对吧",  # items written in a field are a count the form states
])
def test_a_count_of_items_filled_in_is_checked_against_the_form(deps, question):
    from tests.chat_support import ask_cited

    answer, ids = ask_cited(deps, question)
    assert answer.text.startswith("不对") and "3项" in answer.text.splitlines()[0]
    assert "hz_digital_craftsman_2023#附件2" in ids
