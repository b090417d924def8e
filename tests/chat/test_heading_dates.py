"""A heading holding the asked value dates (or counts) the step it heads: "（三）评审阶段（2023年4月）" answers
"专家几月份评的" though only the item under it (由…专家…进行专业评审) names the experts — alone and as one ask of
two. A heading holding no value of the asked type still answers nothing."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize(("question", "clause", "value"), [
    ("首届数字工匠专家是几月份评的", "hz_digital_craftsman_2023#附件1/三/(三)", "2023年4月"),
    ("首届数字工匠发布会几月开", "hz_digital_craftsman_2023#附件1/三/(四)", "2023年5月"),
])
def test_a_dated_heading_answers_the_step_under_it(deps, question, clause, value):
    answer = respond(Session(), question, deps)
    assert clause in [c.clause_id for c in answer.citations] and value in answer.text


def test_each_ask_of_two_takes_its_own_dated_heading(deps):
    answer = respond(Session(), "首届数字工匠专家是几月份评的 发布会又是几月开的", deps)
    ids = [c.clause_id for c in answer.citations]
    assert "hz_digital_craftsman_2023#附件1/三/(三)" in ids and "hz_digital_craftsman_2023#附件1/三/(四)" in ids
    assert "2023年4月" in answer.text and "2023年5月" in answer.text and "没有写明" not in answer.text
