"""A drafting request written tersely, with spaces for commas ("帮王师傅写个浙派工匠推荐表的主要事迹 他做电梯维保二十年
带了十二个徒弟 …"), gives the draft: the request was one clause with every fact in it, dropped whole as the request,
and the assistant asked for the achievements it had just been told."""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


def test_a_terse_request_keeps_its_facts(deps):
    answer = respond(Session(), "帮我们厂的王师傅写个浙派工匠推荐表的主要事迹 他做电梯维保二十年 带了十二个徒弟 "
                                "二三年牵头把全市三百多台老电梯的门机改造方案定下来 故障率降了四成", deps).text
    assert "草稿" in answer and "十二个徒弟" in answer and "门机改造" in answer
    assert "请列出该同志的主要业绩" not in answer
