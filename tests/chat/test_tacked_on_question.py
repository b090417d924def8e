"""An answer with a question tacked on ("中国，那要交什么材料？") is read as both: the fact goes into the profile and
the question about the rules is answered, of the programme in focus. A question with no programme named after a
verdict ("那要交什么材料？") is asked of the programme in focus by name, not refused as silent."""

from __future__ import annotations

import pytest

from assistant.chat.said import asked_part
from tests.chat_support import talk

SILENT = "没有涉及这个问题"


@pytest.mark.parametrize(("text", "part"), [("中国，那要交什么材料？", "那要交什么材料？"),
                                            ("在浙江十二年了，一直全职，截止时间是哪天", "截止时间是哪天"),
                                            ("是会员，不过好几年没交会费了", "是会员，不过好几年没交会费了"),
                                            ("能报吗", "能报吗")])
def test_the_asked_part(text, part):
    assert asked_part(text) == part


@pytest.mark.parametrize(("opening", "reply", "field"), [
    ("我在温州做眼镜模具，高级技师，一线的，浙派工匠可以吗", "在浙江十二年了，一直全职，那要交什么材料？",
     "years_full_time_in_zhejiang"),
    ("首届杭州工匠我想报，我在上城做木雕二十五年了，厂里工会会员，一直在一线做手艺", "中国，那推荐表交到哪里？", "nationality"),
])
def test_an_answer_and_a_question(deps, opening, reply, field):
    session, answers = talk(deps, opening, reply)
    assert field in session.profile
    assert answers[-1].intents[:2] == ("eligibility", "qa"), answers[-1].intents


@pytest.mark.parametrize("question", ["那要交什么材料？", "推荐表交给谁"])
def test_a_question_after_a_verdict_is_about_the_programme_in_focus(deps, question):
    _, answers = talk(deps, "我在温州做眼镜模具，高级技师，一线的，浙派工匠可以吗", question)
    assert SILENT not in answers[-1].text, answers[-1].text
