"""The city's honours named as a group ("那杭州市里评的有没有钱", "市里的那几个荣誉对年龄有要求吗") are the Hangzhou
programmes, each series by its current edition, answered side by side; "市里的比赛" names none.

After a question about 浙派工匠's money, "那杭州市里评的有没有钱" stayed on 浙派 and said its notice is silent again.
"""

from __future__ import annotations

import pytest

from assistant.chat.routing import detect_programs
from tests.chat_support import talk

CITY = ("hz_digital_craftsman_2026", "hz_craftsman_2016", "hz_chief_technician_2021")


@pytest.mark.parametrize("text", ["那杭州市里评的有没有钱", "市里的那几个荣誉对年龄有要求吗", "杭州评的称号要交材料吗"])
def test_the_city_honours_as_a_group(text):
    assert detect_programs(text)[0] == CITY


@pytest.mark.parametrize("text", ["我拿过市里的比赛第一名", "市级一类竞赛算不算"])
def test_a_city_level_thing_names_no_programme(text):
    assert detect_programs(text)[0] == ()


def test_follow_up_on_money_turns_to_the_city_honours(deps):
    _, (_, answer) = talk(deps, "评上浙派工匠有没有什么补贴 每个月给多少", "那杭州市里评的有没有钱")
    assert "20000" in answer.text and answer.text.startswith("各项目")
    assert "第四届杭州数字工匠】通知没有写明" in answer.text


@pytest.mark.parametrize("text", ["到底是省里评还是市里评的", "是省里发还是市里评的"])
def test_a_side_of_a_level_choice_is_no_group(text):
    assert detect_programs(text)[0] == ()
