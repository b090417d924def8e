"""Tax on a reward and how long a title lasts, however asked, are topics no notice covers; 税务 as a body asked
for its view, and the years a certificate has been held, are not (chat/rules/out_of_scope.py)."""

from __future__ import annotations

import pytest

from assistant.chat.rules.out_of_scope import out_of_scope


@pytest.mark.parametrize("question", [
    "首席技师的奖金要扣税吗", "杭州工匠两万块奖金扣不扣税", "数字工匠奖金交不交个人所得税",
])
def test_tax_on_a_reward_is_out_of_scope(question):
    assert out_of_scope(question) in ("奖金是否扣税", "公积金、社保和个税")


@pytest.mark.parametrize("question", [
    "第四届数字工匠称号管多久", "浙派工匠的荣誉能保持几年", "首届数字工匠的称号是一辈子的吗", "杭州工匠称号几年有效",
])
def test_how_long_a_title_lasts_is_out_of_scope(question):
    assert out_of_scope(question) == "称号或证书的有效期"


@pytest.mark.parametrize("question", [
    "首届数字工匠要征求税务部门意见吗", "我技师证书拿了几年了，能报首席技师吗", "评上杭州工匠有什么荣誉",
])
def test_nearby_questions_stay_in_scope(question):
    assert out_of_scope(question) is None
