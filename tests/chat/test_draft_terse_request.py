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


def test_the_candidate_named_with_a_reflexive_after_others_is_the_candidate():
    # "李建国自己总结了一套薄壁件装夹法" after a clause about a colleague: 李建国's own deed (it went to the colleague)
    from assistant.chat.drafting import _body
    from assistant.chat.people import attribute, request_target

    text = ("给我们车间的李建国写首席技师的主要事迹 数控铣工 车间主任刘工主持的五轴改造项目拿了市科技进步奖 "
            "李建国自己总结了一套薄壁件装夹法 废品率从百分之八降到百分之二")
    parts = attribute(_body(text), request_target(text))
    assert [p.people for p in parts if "装夹法" in p.text or "废品率" in p.text] == [("李建国",), ("李建国",)]
    assert [p.people for p in parts if "五轴" in p.text] == [("#others",)]
