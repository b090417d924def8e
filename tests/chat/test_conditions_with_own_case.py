""""What are the conditions" asked by someone who then tells their own case is answered with a check of that case.

A bare "首席技师需要什么条件" stays a question about the rules (the conditions listed), and a rule asked of a kind of
person in general ("自由职业者报数字工匠有什么要求") stays one too; once the asker says who they are ("我是技师 在下沙做
模具二十年"), the conditions are held against what they said, with the checker's verdict.
"""

from __future__ import annotations

import pytest

from tests.chat_support import talk

OWN_CASE = [
    ("首席技师需要什么条件 我是技师 在下沙做模具二十年 拿过省技术能手", "hz_chief_technician_2021"),
    ("浙派工匠要满足哪些条件？我是高级技师，在宁波干了十二年钳工", "zj_craftsman_2023"),
    ("我在滨江做大数据开发七年了，第四届数字工匠的条件是什么", "hz_digital_craftsman_2026"),
]


@pytest.mark.parametrize(("text", "program"), OWN_CASE)
def test_conditions_asked_with_own_case_get_a_verdict(deps, text, program):
    _, (answer,) = talk(deps, text)
    assert answer.verdicts and answer.verdicts[0].program == program, answer.text[:300]


@pytest.mark.parametrize("text", ["首席技师需要什么条件", "自由职业者报数字工匠有什么要求", "浙派工匠的申报条件是什么"])
def test_conditions_asked_alone_are_a_rules_answer(deps, text):
    _, (answer,) = talk(deps, text)
    assert not answer.verdicts, answer.text[:300]
