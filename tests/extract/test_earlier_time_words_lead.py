"""前面/前头/先前/原先 before a place or a job speak of an earlier time, as 之前 does: the workplace said after them is
not where the asker works now. Found asking as a new user: "不 她一五年才到的杭州 前面在宁波" moved the employer to 宁波."""

from __future__ import annotations

import pytest

from tests.extract_support import check


@pytest.mark.parametrize("text", ["我在萧山做钳工 前面在宁波干了五年", "前头都在绍兴 一八年来的杭州 现在在余杭一家厂",
                                  "现在在滨江做测试 原先在苏州", "先前在宁波 现在在拱墅一家厂做模具"])
def test_an_earlier_place_is_not_the_workplace(text):
    check(text, {"employer_city": "杭州"})


def test_a_place_said_without_a_time_word_is_the_workplace():
    check("我在宁波一家厂做钳工", {"employer_city": "宁波"})
