""""浙派工匠多久搞一回" asks how often the selection is held, not the years asked of applicants: the conditions table
answered it with 工作年限 (qa2 helper's note). "要干多久才能报" still gets the years."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize("question", ["浙派工匠多久搞一回", "突出贡献浙派工匠几年评一次", "浙派工匠多长时间办一届"])
def test_how_often_is_the_period(deps, question):
    answer = respond(Session(), question, deps)
    assert "工作年限" not in answer.text and "5年评选一次" in answer.text.replace(" ", "")


@pytest.mark.parametrize("question", ["浙派工匠要干多久才能报", "浙派工匠对工作年限有啥要求"])
def test_how_long_one_must_work_is_still_the_years(deps, question):
    assert "5年以上" in respond(Session(), question, deps).text.replace(" ", "")
