"""Which of two steps comes first is answered by the course in order ("先公示还是先审定")."""

from __future__ import annotations

import pytest

from assistant.chat.answer_types import classify
from assistant.chat.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize("question", [
    "第四届数字工匠是先公示还是先审定",
    "杭州工匠的社会公示是在专家评审前头还是后头",
    "浙派工匠形式初审和专家评审哪个在前",
])
def test_an_order_question_asks_for_the_course(question):
    assert classify(question).overview


def test_the_steps_are_listed_in_order(deps):
    text = respond(Session(), "第四届数字工匠是先公示还是先审定", deps).text
    assert "依次" in text and text.index("审定") < text.index("2. 公示")
