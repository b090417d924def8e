""""还能再报吗" asked by someone who holds a title: a check of their case, on the programme asked, not the one held.

"能报吗" was an ask to be checked but "能再报吗/可以重新申报吗" was not (再 between 能 and 报), so the asker's own
held title got a bare quote of the rule; and the title held ("已经评上首届杭州数字工匠了") was checked as a second
programme asked about.
"""

from __future__ import annotations

import pytest

from tests.chat_support import talk


@pytest.mark.parametrize(("text", "asked", "verdict"), [
    ("我2023年已经评上首届杭州数字工匠了 今年第四届还能再报吗", "hz_digital_craftsman_2026", "not_eligible"),
    ("我前年评上了杭州工匠，第四届数字工匠可以再申报吗", "hz_digital_craftsman_2026", "not_eligible"),
])
def test_own_title_held_then_asked_again_is_checked_on_the_asked_programme(deps, text, asked, verdict):
    _, (answer,) = talk(deps, text)
    got = {v.program: v.verdict for v in answer.verdicts}
    assert got == {asked: verdict}, answer.text[:300]


@pytest.mark.parametrize("text", ["杭州工匠这次没评上，以后还可以再报吗", "浙派工匠今年没评上明年还能再报吗"])
def test_applying_again_after_failing_is_a_rule_question(deps, text):
    _, (answer,) = talk(deps, text)
    assert not answer.verdicts, answer.text[:300]
