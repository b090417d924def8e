"""A choice about who acts ("领导小组定还是专家定", "总工会一家定，还是几个部门一起定") is a question about the notice:
the nouns the extractor reads as the asker's role or post (专家, 一家) are no facts of the asker's (chat/rules/choice.py),
and one body alone against several together is settled by the sentence where the bodies act on the thing."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize(("question", "clause", "said"), [
    ("首届杭州工匠的最终人选是专家拍板还是领导小组拍板", "hz_craftsman_2016#五", "领导小组"),
    ("第四届数字工匠名单是市总工会单独审定，还是好几家一起审定", "hz_digital_craftsman_2026#三/(二)/1/(3)", "联合审定"),
])
def test_who_acts_is_answered_from_the_notice(deps, question, clause, said):
    answer = respond(Session(), question, deps)
    assert answer.verdicts is None, answer.text
    assert any(c.clause_id.startswith(clause) for c in answer.citations), answer.text
    assert said in answer.text, answer.text
