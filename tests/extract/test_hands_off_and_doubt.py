"""What one's hands no longer do and what one is not sure of (found on batch ah's dev rows):
- "具体的活不干了", "现在不动手了": the work itself no longer done is a move off the front line, as "不在一线了" is;
- a post that keeps watch or the books of a workshop ("车间的安全员…写台账") is a support post, not the workshop's work;
- "这个工种还有技师" names a level the trade has, not one held; said with doubt ("好像还有技师 我也不太清楚") it
  decides nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _p(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize("text", [
    "现在是车间的安全员  主要是巡查 写台账  具体的活不干了",
    "手上的活早就不干了 管管人",
    "我现在不动手了 带带徒弟",
])
def test_the_work_no_longer_done_is_off_the_line(text):
    assert _p(text).get("role_type") in ("management", "administrative")


@pytest.mark.parametrize("text", ["我在车间干活", "活儿我天天自己干", "我在数控车间做统计员 也还在带班"])
def test_work_still_done_stays_on_the_line(text):
    assert _p(text).get("role_type") == "frontline_technical"


@pytest.mark.parametrize("text", ["现在是车间的安全员", "我在工地当安全员 天天巡查", "天天写台账"])
def test_a_post_that_keeps_watch_or_books_is_a_support_post(text):
    assert _p(text).get("role_type") == "administrative"


def test_a_level_the_trade_has_is_not_held():
    p = _p("证是高级工  这个工种还有技师")
    assert p["skill_level"] == "高级工" and p["is_highest_level_of_occupation"] is False


def test_a_level_the_trade_may_have_said_with_doubt_decides_nothing():
    p = _p("证是高级工  这个工种好像还有技师 我也不太清楚")
    assert p["skill_level"] == "高级工" and "is_highest_level_of_occupation" not in p
