"""A title told of the speaker by someone who keeps or knows the record (held21): 人事, 单位, family say it, and 你
addressed to the speaker is the speaker; a belief, hearsay or a forecast is no record."""

from __future__ import annotations

import pytest

from assistant.language.holding import told_of_speaker


@pytest.mark.parametrize(("clause", "before", "told"), [
    ("老婆说我都是浙江工匠了", "", "我都是浙江工匠了"),
    ("人事说我是浙江工匠", "", "我是浙江工匠"),
    ("我们人事说我已经是数字工匠了", "", "我已经是数字工匠了"),
    ("单位领导跟我说你是省首席技师", "", "我是省首席技师"),  # two teller words, 你 the speaker addressed
    ("你已经是杭州工匠了", "HR问我", "我已经是杭州工匠了"),  # the frame closes the clause before
    ("工会提醒我已经是杭州工匠了", "", "我已经是杭州工匠了"),
])
def test_a_teller_says_it_of_the_speaker(clause, before, told):
    assert told_of_speaker(clause, before) == told


@pytest.mark.parametrize("clause", [
    "师傅觉得我是杭州工匠",  # a belief
    "听说我评上了杭州工匠",  # hearsay, no teller
    "厂长说我今年能评上浙江工匠",  # a forecast
    "老婆说明年肯定评上杭州工匠",  # a forecast, not of the speaker by 我
    "人事说他是浙江工匠",  # someone else told of
])
def test_no_record_of_the_speaker(clause):
    assert told_of_speaker(clause) is None


@pytest.mark.parametrize(("before", "after", "body"), [
    ("我是集团评的", "", "集团"),
    ("", "，企业内部的", "企业"),
    ("", "，是余杭区评的", "余杭区"),
    ("我是", "，公司推荐的", None),  # a nomination, no conferring
    ("我在区里当了十年", "", None),
])
def test_the_body_below_the_city_beside_a_title(before, after, body):
    from assistant.language.holding import below_body

    assert below_body(before, after) == body
