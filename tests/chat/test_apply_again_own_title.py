""""还能再报吗" asked by someone who holds a title: the asked programme's rule on that title, 不能 first.

The asker's own title is a case the asked notice rules on (tests/chat/test_rule_of_case.py): the rule's barring
words lead ("不能。…不再重复推荐"), and the title held ("已经评上首届杭州数字工匠了") is not a second programme asked.
"""

from __future__ import annotations

import pytest

from tests.chat_support import talk


@pytest.mark.parametrize("text", [
    "我2023年已经评上首届杭州数字工匠了 今年第四届还能再报吗",
    "我前年评上了杭州工匠，第四届数字工匠可以再申报吗",
])
def test_own_title_held_then_asked_again_is_answered_no_by_the_asked_rule(deps, text):
    _, (answer,) = talk(deps, text)
    assert answer.text.startswith("不能") and "不再重复推荐" in answer.text.splitlines()[0], answer.text[:300]
    assert "首届杭州数字工匠：" not in answer.text


@pytest.mark.parametrize("text", ["杭州工匠这次没评上，以后还可以再报吗", "浙派工匠今年没评上明年还能再报吗"])
def test_applying_again_after_failing_is_a_rule_question(deps, text):
    _, (answer,) = talk(deps, text)
    assert not answer.verdicts, answer.text[:300]
