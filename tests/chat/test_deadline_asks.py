"""When handing in happens, asked in other words ("材料什么时候交", "上报是什么时候"), is the deadline."""

from __future__ import annotations

from assistant.chat.rules.still_open import asks_deadline


def test_when_to_hand_in_is_the_deadline():
    for text in ("首席技师材料什么时候交", "首席技师材料上报是什么时候", "推荐表哪天之前送过去", "截止日期是不是10月底"):
        assert asks_deadline(text), text
    for text in ("首届杭州工匠公示什么时候", "年龄算到什么时候", "评审结果什么时候出"):
        assert not asks_deadline(text), text
