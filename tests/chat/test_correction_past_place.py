"""A correction that tells where one worked before ("不对 我是一九年才来的杭州 一六到一九年在合肥也是做这个") corrects the
arrival, not the workplace now: the clause of a closed span of years or of 之前/以前 is of that time
(chat.case.corrections.denied_then_said)."""

from __future__ import annotations

import pytest

from assistant.chat.case.corrections import _then
from tests.chat_support import talk as _talk


@pytest.mark.parametrize("clause, then", [
    ("一六到一九年在合肥也是做这个", True),
    ("2016-2019年在合肥", True),
    ("之前在合肥", True),
    ("单位在嘉兴", False),
    ("我现在在宁波", False),
])
def test_then(clause, then):
    assert _then(clause) is then


def test_a_past_place_in_a_correction_is_not_the_workplace_now(deps):
    session, answers = _talk(deps, "第四届数字工匠 我在钱塘做地下综合管廊的智能监控平台开发 一六年来的杭州 会员 没评过工匠",
                             "不对 我是一九年才来的杭州 一六到一九年在合肥也是做这个")
    assert session.profile["employer_city"] == "杭州"
    assert session.profile["hangzhou_full_time_start"].startswith("2019")


def test_a_workplace_corrected_plainly_still_moves(deps):
    session, _ = _talk(deps, "第四届数字工匠 我在萧山做面料以图搜布的系统开发 干了八年 会员",
                       "不对 我单位其实在绍兴柯桥 就是住在萧山")
    assert session.profile["employer_city"] == "绍兴"
