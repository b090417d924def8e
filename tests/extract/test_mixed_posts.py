"""A post that mixes heading and hands-on work is asked, not decided (role_type left open): the head of the technical
line (技术副总, CTO), a head who says the hands are on the work a clause later, a post held beside another."""

from __future__ import annotations

import pytest

from assistant.extract.post_words import post_in_words
from tests.extract_support import ABSENT, check


@pytest.mark.parametrize("text", ["我是一家做工业互联网平台的民营公司技术副总 在杭州十一年", "我是CTO",
                                  "我是车间主任 管三十个人 但也天天上机床干活",
                                  "其实我还兼着首席架构师 核心模块的代码还是我自己写 只是开会多"])
def test_a_mixed_post_is_left_open(text):
    check(text, {"role_type": ABSENT})


@pytest.mark.parametrize("text", ["我是公司副总", "我是技术副总 现在基本不上手了 主要管技术部 跑客户"])
def test_a_head_off_the_work_is_management(text):
    check(text, {"role_type": "management"})


def test_a_duty_beside_a_technical_post_is_that_post():
    check("我在拱墅一家云服务公司做云平台工程师 兼着给客户和公司新人做技术培训", {"role_type": "frontline_technical"})


def test_a_post_held_beside_another_answers_the_post_question_neither_way():
    assert post_in_words("其实我还兼着首席架构师") == "open"
    assert post_in_words("兼着带两个徒弟") is None
