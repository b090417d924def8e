"""An arrival said as the reply to the trade's years ("前年过来的" to 从事本职业多少年, the workplace in 宁波) is the
count of years in Zhejiang, not of the trade: the trade's years stay open and are asked (years19)."""

from __future__ import annotations

from assistant.chat.case.year_spans import counts_meant
from tests.chat_support import talk

OPEN = ("years_in_field", "years_full_time_in_zhejiang")


def test_an_arrival_outside_hangzhou_is_the_zhejiang_count():
    assert counts_meant("years_in_field", "前年过来的", OPEN, "宁波") == ("years_full_time_in_zhejiang",)


def test_work_begun_is_still_the_trade_count():
    assert counts_meant("years_in_field", "零八年进的厂", OPEN, "宁波") == ("years_in_field",)


def test_an_arrival_in_hangzhou_is_left_to_the_hangzhou_count():
    assert counts_meant("years_in_field", "前年过来的", OPEN, "杭州") == ("years_in_field",)


def test_the_reply_fills_the_zhejiang_count_alone(deps):
    session, _ = talk(deps, "浙派工匠 我是高级技师 钳工 一线在岗 在宁波一家厂", "前年过来的")
    assert "years_full_time_in_zhejiang" in session.profile and "years_in_field" not in session.profile
