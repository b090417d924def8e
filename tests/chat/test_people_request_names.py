"""The person a drafting request names, read as an applicant's HR would write it (a review trial: "班组长孙立平…
他徒弟的奖别写成他的" drafted for "成他同志": 成 is a surname, 他 a pronoun; and 长孙 a compound surname inside 班组长)."""

from __future__ import annotations

import pytest

from assistant.chat.people import request_target


@pytest.mark.parametrize(("text", "name"), [
    ("帮我写下我们班组长孙立平的事迹，报首席技师。他徒弟的奖别写成他的", "孙立平"),
    ("车间组长孙立平的主要事迹帮忙弄一下", "孙立平"),
    ("帮长孙无忌写一下事迹", "长孙无忌"),
    ("给欧阳娜娜写个材料", "欧阳娜娜"),
])
def test_the_name_asked_for(text, name):
    assert request_target(text) == name


@pytest.mark.parametrize("text", ["他徒弟的奖别写成他的", "别写成她的", "写成我们的"])
def test_a_pronoun_is_no_name(text):
    assert request_target(text) is None
