"""The condition lexicon: every row cites a real clause, and typical achievements map where expected."""

from __future__ import annotations

import pytest

from assistant.eligibility.conditions import CONDITIONS, match_conditions


def test_every_condition_clause_resolves(corpus):
    for condition in CONDITIONS:
        assert corpus.has(condition.clause_id), condition.clause_id
        assert condition.clause_id.startswith(condition.program + "#")


@pytest.mark.parametrize(("program", "text", "clause_id"), [
    ("hz_digital_craftsman_2026", "主导制定团体标准2项", "hz_digital_craftsman_2026#二/(一)"),
    ("hz_digital_craftsman_2026", "带领团队打造AI智能体，服务企业300家", "hz_digital_craftsman_2026#二/(二)"),
    ("hz_digital_craftsman_2023", "带徒12人，培养选手获省赛第二名", "hz_digital_craftsman_2023#附件1/二/(四)"),
    ("hz_craftsman_2016", "创造“张氏焊接操作法”", "hz_craftsman_2016#三/(二)/1"),
    ("hz_chief_technician_2021", "解决关键技术难题3项", "hz_chief_technician_2021#二/(三)"),
    ("zj_craftsman_2023", "推动车间智能制造改造", "zj_craftsman_2023#三/(一)/5"),
])
def test_typical_achievements(program, text, clause_id):
    assert clause_id in [m.condition.clause_id for m in match_conditions([text], program)]


def test_no_match_for_unrelated_text():
    assert match_conditions(["爱好跑步，性格开朗"], "hz_digital_craftsman_2026") == []
    # 打造AI智能体 is new in 第四届; 首届 has no such wording.
    assert "AI" not in [t for m in match_conditions(["打造AI智能体"], "hz_digital_craftsman_2023") for t in m.terms]
