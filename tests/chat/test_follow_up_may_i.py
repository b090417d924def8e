"""A programme switch asked with any "may I" tail keeps the profile and re-checks (issue #13, miss 4): "那我报数字
工匠可以不" was answered as a question the notices are silent on. The tails are a family (a modal or an applying
verb with 吗/么/伐, V-不, A-not-A), not phrases."""

from __future__ import annotations

import pytest

from assistant.chat.case.switches import FOLLOW_UP
from tests.chat_support import talk as _talk


@pytest.mark.parametrize("text", ["那我报数字工匠可以不", "换报浙派可不可以", "浙派行不", "首席技师那趟好报伐",
                                  "那杭州工匠能评么", "数字工匠我够格吗"])
def test_may_i_tails_are_follow_ups(text):
    assert FOLLOW_UP.match(text)


@pytest.mark.parametrize("text", ["那数字工匠要多少年", "那浙派工匠的申报材料有哪些"])
def test_rule_questions_are_not(text):
    assert not FOLLOW_UP.match(text)


def test_the_switch_keeps_the_work_said_and_checks_the_other_programme(deps):
    session, answers = _talk(deps, "我是上城的面点师，技师，一线二十年，首席技师能评不", "那我报数字工匠可以不")
    got = {v.program: v.verdict for v in answers[-1].verdicts}
    assert got.get("hz_digital_craftsman_2026") == "not_eligible"  # 面点 is no digital-economy work
    assert session.profile["skill_level"] == "技师"
