"""How much stricter one programme or edition is ("条件放宽了还是收紧了", "哪个门槛高") compares the conditions (asked
as a new user, round twenty-two: the two editions were answered with each one's 初审 sentence)."""

from __future__ import annotations

import pytest

from assistant.chat.comparison.compared_attribute import compared_attribute


@pytest.mark.parametrize("text", ["数字工匠第四届跟首届比 条件放宽了还是收紧了", "浙派和杭州工匠哪个门槛高",
                                  "首席技师跟浙派比 哪个条件严一点", "新的那届要求是不是提高了"])
def test_strictness_compares_the_conditions(text):
    attribute = compared_attribute(text)
    assert attribute is not None and attribute.key == "conditions"


def test_other_attributes_keep_their_rows():
    assert compared_attribute("两届数字工匠名额哪个多").key != "conditions"
