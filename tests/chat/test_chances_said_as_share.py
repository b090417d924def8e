"""One's chances asked as a share or a cut ("我有没有份", "会不会被刷掉", "还有戏吗"), with a held title said before:
a check of the asker's case. Before, two programme names made it a comparison and "会不会被刷掉" a rule question, and
the title that bars the asker was never held against the programme."""

from __future__ import annotations

import pytest

from assistant.chat.routing import route


@pytest.mark.parametrize("text", [
    "杭州工匠我有，第四届数字工匠我有没有份",
    "单位推了我，可我头上已经顶着浙江工匠，第四届数字工匠会不会被刷掉",
    "我是高级技师 一线十年 首席技师还有戏吗",
])
def test_chances_said_as_a_share_ask_eligibility(text):
    assert "eligibility" in route(text, has_new_facts=True).intents


def test_without_facts_of_the_asker_it_stays_a_rule_question():
    assert "eligibility" not in route("第四届数字工匠重复推荐会不会被刷掉", has_new_facts=False).intents
