"""A reply that opens by echoing the word asked ("省首席技师？一八年评上了") answers; it asks nothing (chat.case.reply_topic.joined_echo)."""

from __future__ import annotations

import pytest

from assistant.chat.case.reply_topic import joined_echo
from assistant.chat.case.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize(("said", "read"), [
    ("省首席技师？一八年评上了", "省首席技师，一八年评上了"),
    ("浙江工匠？二一年拿的", "浙江工匠，二一年拿的"),
    ("工会？有的有的", "工会？有的有的"),  # a checklist item: the extractor folds it with its answer (language.topics)
    ("荣誉？ 省里的没有", "荣誉，省里的没有"),
    ("哪个？我没听懂", "哪个？我没听懂"),  # a question word: the asker asks back
    ("是不是？反正我有证", "是不是？反正我有证"),  # an A-not-A: asks
    ("技师？", "技师？"),  # nothing after the echo: the echo is all that is said
    ("我的单位在滨江那边的一个大园区里？应该是", "我的单位在滨江那边的一个大园区里？应该是"),  # not a short echo
    ("可以报？我是技师", "可以报？我是技师"),  # asks whether one may apply
])
def test_an_echo_is_the_answer_s_topic(said, read):
    assert joined_echo(said) == read


def test_a_title_told_after_the_echo_bars(deps):
    session = Session()
    respond(session, "首席技师 我在富阳造纸厂当钳工 技师证 一线的 全国技术能手", deps)
    answer = respond(session, "省首席技师？一八年评上了", deps)
    assert answer.verdicts[0].verdict == "not_eligible"
