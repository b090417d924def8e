"""A reply that dates a start by an age, after the birth year was said in an earlier turn (chat.case.age_known)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.age_known import dated_by_known_birth
from assistant.chat.case.state import Session
from assistant.chat.turn import respond

TODAY = dt.date(2026, 11, 21)
FIRST = "首届杭州工匠 我在杭州一家汽修厂修车 中国人 工会会员 八零年的 一直在一线 杭州市职业技能大赛汽车维修第一名"


def _born(month: str | None) -> Session:
    session = Session()
    if month:
        session.profile["birth_date"] = month
    return session


@pytest.mark.parametrize(("born", "said", "dated"), [
    ("1980-01", "十六岁进的厂 一直修到现在", "1996年进的厂，一直修到现在"),
    ("1980-01", "十几岁就在杭州修车了", "1999年就在杭州修车了"),
    ("1980-01", "干了二十年了", None),  # no age
    (None, "十六岁进的厂", None),  # no birth known
    ("1980-01", "我1978年的 十六岁进的厂", None),  # a birth of its own
])
def test_the_reply_s_age_as_a_year(born, said, dated):
    assert dated_by_known_birth(_born(born), said, TODAY) == dated


@pytest.mark.parametrize("reply", ["十六岁进的厂 一直修到现在", "打小就干这个 十几岁就在杭州修车了"])
def test_the_trade_s_years_from_an_age_in_a_later_turn(deps, reply):
    session = Session()
    respond(session, FIRST, deps)
    answer = respond(session, reply, deps)
    assert answer.verdicts[0].verdict == "eligible"
