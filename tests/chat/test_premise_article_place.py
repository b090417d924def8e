"""一家/一个 before a workplace's name says which workplace, it counts no one: "我是萧山一家纺织厂的挡车工…是不是一定要本人
出镜的？" was answered "不对，通知写的不是1名，而是3名" once such messages reached the rules (language.ask_kind)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise import claims
from assistant.chat.turn import respond


@pytest.mark.parametrize("text", ["我是萧山一家纺织厂的挡车工，干了十五年了", "在拱墅一个汽车配件厂做钳工", "我在滨江一家做芯片的公司"])
def test_one_before_a_workplace_counts_no_one(text):
    assert all(unit != "名" for _, unit in claims(text))


@pytest.mark.parametrize(("text", "value"), [("一家单位最多能推两个人吧", 2.0), ("每家企业只能推一个人对吧", 1.0)])
def test_a_count_of_people_beside_it_is_still_a_count(text, value):
    assert (value, "名") in claims(text)


def test_the_workplace_told_brings_no_correction(deps):
    answer = respond(Session(), "我是萧山一家纺织厂的挡车工，干了十五年了，听说杭州工匠评上以后要去电视台录节目，是不是一定要本人出镜的？", deps)
    assert not answer.text.startswith("不对")
