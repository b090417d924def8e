"""When the level now held was reached: a placing won with a year ("去年…拿了第二") is not that date.

Found on a blind dev question: a 高级工 drone pilot's "去年浙江省…竞赛…我个人拿了第二", after "上面还有技师、高级技师",
was read as the level reached in 2025, so the 2021 首席技师 round was checked with the level below (中级工)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", [
    "技能等级是高级工，这个工种上面还有技师、高级技师。去年浙江省数字经济行业职业技能竞赛无人机那个赛项我个人拿了第二。",
    "我是技师，2023年杭州市焊工比武拿了第一名",
    "高级工，前年还得了个市里的技术革新奖",
])
def test_a_placing_or_prize_with_a_year_is_not_when_the_level_was_reached(text):
    assert "since" not in extract(text, TODAY).skill_dates


@pytest.mark.parametrize(("text", "since"), [
    ("技师，不过是2022年才拿到的证，2021年那会儿还是高级工", 2022),
    ("我是高级技师，2019年考的", 2019),
    ("高级技师，前年评上的，去年还拿了省赛第三", 2024),
])
def test_the_level_reached_is_still_dated(text, since):
    assert extract(text, TODAY).skill_dates.get("since") == since
