"""Two asks typed with a space between them, an A-or-B ask, and a modal before the verb of giving money.

"浙派工匠省里一共评多少个 杭州能分到几个" was one ask (only punctuation ended one), so the province's 50 answered it
and Hangzhou's share went unsaid; "是一次性的还是每年都有" asked nothing by the part cues; and "评上了会给多少钱" kept
会给 as a point of its own that no sentence holds, so the amount the notice states (20000元) was refused.
"""

from __future__ import annotations

import pytest

from assistant.chat.rules.answer_types import focus, question_parts
from assistant.chat.rules.ranking import money_rest
from tests.chat_support import ask_cited


@pytest.mark.parametrize(("text", "n"), [
    ("浙派工匠省里一共评多少个 杭州能分到几个", 2),
    ("杭州工匠评上了会给多少钱，是一次性的还是每年都有", 2),
    ("首席技师要交几份材料 交到哪里", 2),
    ("我还是想问一下首席技师要几份材料", 1),  # 还是 as "still" asks nothing of its own
    ("第四届数字工匠 什么时候截止", 1),  # a space after the programme's name ends no ask
])
def test_asks_split_at_spaces_and_choices(text, n):
    assert len(question_parts(text)) == n


@pytest.mark.parametrize("text", ["评上了会给多少钱", "能拿多少奖金", "可以领多少钱"])
def test_a_modal_before_giving_is_no_point_of_its_own(text):
    assert money_rest(focus(text)) == ""


def test_the_amount_stated_answers_a_modal_money_ask(deps):
    answer, ids = ask_cited(deps, "杭州工匠评上了会给多少钱")
    assert "20000" in answer.text and ids == ["hz_craftsman_2016#七"]


def test_a_spaced_second_ask_the_notice_is_silent_on_is_said(deps):
    answer, _ = ask_cited(deps, "浙派工匠省里一共评多少个 杭州能分到几个")
    assert "50名" in answer.text and "没有写明" in answer.text
