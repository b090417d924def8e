"""After "我能报哪几个" lists every programme, a choice made among them ("那就浙派吧 我带过四个徒弟…") narrows the
check to the one chosen; it was read as a title named in passing and the overview was shown again."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.case.switches import FOLLOW_UP
from assistant.chat.turn import respond


@pytest.mark.parametrize("text", ["那就浙派吧 我带过四个徒弟", "就报首席技师吧", "先看杭州工匠", "那首席技师呢"])
def test_a_choice_is_a_follow_up(text):
    assert FOLLOW_UP.match(text)


def test_the_check_narrows_to_the_choice(deps):
    session = Session()
    respond(session, "我在钱塘一家新能源车厂做电池包检测 干了六年 技师 会员 我能报哪几个", deps)
    answer = respond(session, "那就浙派吧 我带过四个徒弟 有一个去年省赛拿了二等奖", deps)
    assert [v.program for v in answer.verdicts] == ["zj_craftsman_2023"]
