"""An honour named and one's own case told with no question at all is a check of that case (blind batch af, dev):
"二一年首席技师 我技师证是挂靠在一家人力公司的 其实一直自己接活 …" was answered as a question about 挂靠人员 (the
notice is silent), and "给建德几家厂修数控机床" read its 几 as a question."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.routing import case_told
from assistant.chat.turn import respond

_TOLD = ["二一年首席技师 我技师证是挂靠在一家人力公司的 其实一直自己接活 给建德几家厂修数控机床 一八年省级二类竞赛第一名 省首席没有",
         "二一年首席技师 我一直自己接活 给建德几家厂修数控机床 技师 一八年省级二类竞赛第一名 省首席没有"]


@pytest.mark.parametrize("text", _TOLD)
def test_a_case_told_is_checked(deps, text):
    answer = respond(Session(), text, deps)
    assert [v.program for v in answer.verdicts or ()] == ["hz_chief_technician_2021"]


@pytest.mark.parametrize("text", ["首席技师 挂靠的能报吗", "首席技师我想问材料交到哪", "我做了几年数控 首席技师要几年",
                                  "我是派遣工 首席技师算不算"])
def test_a_question_is_no_case_told(text):
    assert not case_told(text)


def test_a_case_told_needs_an_honour_and_the_asker():
    assert not case_told("他在建德修数控机床 一八年省级二类竞赛第一名")
    assert case_told("浙派工匠 我高级技师 干了二十年 在湖州一家厂")
