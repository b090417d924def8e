"""A comparison asked in everyday words (chat/comparison/everyday_asks.py) is read as one, and an assertion is not."""

from __future__ import annotations

import pytest

from assistant.chat.comparison.everyday_asks import asks_in_everyday_words
from assistant.chat.routing import route


@pytest.mark.parametrize("text", [
    "两届数字工匠 在杭州要待满多久 一样不",
    "评审专家这块，两个是不是一样",
    "浙派跟杭州工匠 谁评的人多",
    "新旧两届 推荐名额哪届给得宽",
    "首席跟浙派 哪边卡得紧一点",
    "杭州工匠跟首席技师的年龄要求比一比",
    "这两个对工会会员的说法一样伐？",
])
def test_a_loose_comparison_is_read(text):
    assert asks_in_everyday_words(text)


@pytest.mark.parametrize("text", [
    "两届数字工匠的年限要求都一样吧",  # an assertion: a premise, not a comparison asked
    "首席技师要干满几年",
    "谁负责推荐",
    "浙派工匠一共评多少个",
])
def test_no_comparison_is_read_where_none_is_asked(text):
    assert not asks_in_everyday_words(text)


def test_two_editions_asked_loosely_are_compared():
    assert "compare" in route("两届数字工匠 在杭州要待满多久 一样不").intents
    assert "compare" in route("浙派跟杭州工匠 谁评的人多").intents
