"""A choice between levels of government ("省里评还是市里评", "市里审定还是区里审定") reads each side as the bodies of
that level (the ``bodies`` column of chat/rules/levels.toml) and answers with the sentence where one of them acts, not
"没有写明是…还是…"."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.choice import level_of
from assistant.chat.turn import respond


@pytest.mark.parametrize(("said", "level"), [
    ("省里", "省"), ("省级", "省"), ("市里", "市"), ("全市", "市"), ("区里", "区县"), ("县里", "区县"), ("公司", None),
])
def test_the_level_a_side_names(said, level):
    assert level_of(said) == level


@pytest.mark.parametrize(("question", "clause", "body"), [
    ("浙派工匠的专家评审是省里搞还是市里搞", "zj_craftsman_2023#四/(四)", "省人力社保厅"),
    ("浙派工匠推荐这一步是市里负责还是省里负责", "zj_craftsman_2023#四/(二)", "各市人力社保部门"),
    ("第四届数字工匠的名单是区里定还是市里定", "hz_digital_craftsman_2026#三/(二)/1/(3)", "市总工会"),
])
def test_the_level_that_acts_answers(deps, question, clause, body):
    answer = respond(Session(), question, deps)
    assert any(c.clause_id == clause for c in answer.citations), answer.text
    assert body in answer.text and "没有写明" not in answer.text, answer.text
