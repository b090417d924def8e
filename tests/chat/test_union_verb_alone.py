"""入 with its object left out ("入职就入了", "没入过") is joining the union: the reply names the union question's
topic even when another question was asked, while 入 of a job, a trade or the party names nothing."""

from __future__ import annotations

import pytest

from assistant.chat.case.replies import names_field


@pytest.mark.parametrize("text", ["有的 入职就入了", "没入，一直是个体户", "还没入", "早入了", "没加入过", "刚入了"])
def test_joining_said_bare_names_the_union(text):
    assert names_field("union_member", text)


@pytest.mark.parametrize("text", ["98年入的行", "没入职", "没入党", "2015年入行就在这家", "还没入选"])
def test_joining_something_else_does_not(text):
    assert not names_field("union_member", text)


def test_the_union_answer_beside_another_question(deps):
    from tests.chat_support import talk

    session, _ = talk(deps, "第四届数字工匠，我在余杭自己接电商代运营的数据分析活，干了六年", "没入，一直是个体户")
    assert session.profile.get("union_member") is False
    assert session.profile.get("is_digital_economy") is not False  # the 没 is the union's, not a no to digital work
