"""A write verb inside a question, with no word of asking for it, asks where or how a thing is written: "首席技师申报表上
这个写到哪一格？…还是有专门写荣誉的地方？" (blind batch y dev) drafted a 主要事迹 for "荣誉同志", since jieba tags 荣誉 a
name. A request asked as a question still is one ("能写陶红梅的吗？")."""

from __future__ import annotations

import pytest

from assistant.chat.people import asks_to_write


def test_a_question_about_where_to_write_is_no_request():
    assert not asks_to_write("我前年评过区里的“岗位能手”，首席技师申报表上这个写到哪一格？是塞在“参加技能竞赛获奖情况”里，"
                             "还是有专门写荣誉的地方？")


@pytest.mark.parametrize("text", ["能写陶红梅的吗？", "杭州工匠，写陶红梅。", "给向阳写个事迹", "浙派工匠，写钱芳"])
def test_requests_stay_requests(text):
    assert asks_to_write(text)
