"""A case told in sentences before the one question ("…每天还有一半时间在开机床、调程序。首席技师是不是非得纯一线的
才能报？"): a value word in the case (时间, 一半) is no type of the answer and no number asserted; the rule on the
front line answers."""

from __future__ import annotations

from assistant.chat.rules.answer_types import classify
from tests.chat_support import ask_cited

Q = "我是个车间副主任，算半个管理吧，不过每天还有一半时间在开机床、调程序。首席技师是不是非得纯一线的才能报？"


def test_the_closing_question_is_typed_on_its_own():
    assert classify(Q, vectors=False).type not in ("date", "count")
    assert classify("首席技师什么时候截止？我们厂三个人要报。", vectors=False).type == "date"


def test_the_front_line_rule_answers(deps):
    answer, cited = ask_cited(deps, Q)
    assert "hz_chief_technician_2021#一" in cited or "hz_chief_technician_2021#二" in cited
    assert "没有写明" not in answer.text.splitlines()[0]
