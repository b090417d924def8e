"""In an answer about the rules the first sentence is the answer: a wrong premise is corrected there. How the
asker's own case was read ("…第5名”按个人成绩理解") is said after it, not before (it had led the answer, so a
"…前六名就算数，是吧？" correction came second)."""

from __future__ import annotations

import pytest

from tests.chat_support import talk


@pytest.mark.parametrize("question", [
    "我去年在国家二类技能竞赛里拿了第五名，首席技师那条竞赛条件里二类赛前六名就算数，是吧？",
    "我23年省二类竞赛第二名，首席技师省二类前三名就可以，没错吧",
])
def test_a_corrected_premise_comes_before_how_ones_case_was_read(deps, question):
    _, answers = talk(deps, question)
    text = answers[-1].text
    assert text.startswith("不对"), text
    assert "按个人成绩理解" in text and text.index("按个人成绩理解") > text.index("不对")


def test_an_eligibility_answer_still_says_the_reading_first(deps):
    _, answers = talk(deps, "我在萧山做数控车工，2024年市一类技能竞赛拿了第一名，能报首席技师吗")
    text = answers[-1].text
    assert "按个人成绩理解" in text.split("\n\n")[0], text
