"""A hedged year count ("二十多年", "一年多", "不到一年") is checked at both ends of its range, like a start said by
year only: the verdict stands when the whole range is on one side of the threshold; otherwise the count is the
deciding question, and an exact answer settles it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Pending, Session
from assistant.chat.turn import respond

TODAY = dt.date(2026, 11, 21)
# 第四届数字工匠, every other condition met: the years in Hangzhou decide (1 year by 2026-03-31, 0.64 before today)
BASE = ("第四届数字工匠：我在滨江一家民企做云计算运维，干这行8年了，工会会员，一线技术岗普通员工，没评过任何称号，"
        "没参加过竞赛，牵头制定了一项浙江省地方标准，")


def _verdict(answer) -> str:
    """The verdict, "merit" when only the alternatives hold it: the standard is for the review, an award not yet
    asked about could still meet 条件(三) (docs/verdict-policy.md); every other condition, the years included, holds."""
    v = answer.verdicts[0]
    held = [r for r in v.reasons if r.ok is None]
    alternatives_only = held and all(r.kind in ("alternative", "exemption", "direct") for r in held)
    return "merit" if v.verdict == "needs_review" and alternatives_only else v.verdict


@pytest.mark.parametrize(("said", "verdict"), [
    ("在杭州全职两年多", "merit"),  # 2 to 2.99 today: over 1 at the round's date either way
    ("来杭州全职三年左右了", "merit"),
    ("在杭州全职不到一年", "not_eligible"),  # under 1 either way
    ("在杭州全职快一年了", "not_eligible"),
])
def test_a_range_on_one_side_of_the_threshold_decides(deps, said, verdict):
    session = Session()
    answer = respond(session, BASE + said, deps)
    assert "years_full_time_in_hangzhou" in session.early  # the range was kept ...
    assert _verdict(answer) == verdict  # ... and did not need to be asked


@pytest.mark.parametrize(("said", "reply", "verdict"), [
    ("在杭州全职一年多", "两年三个月", "merit"),
    ("来杭州全职快两年了", "两年半", "merit"),
    ("在杭州全职两年左右", "其实才一年", "not_eligible"),
])
def test_a_range_across_the_threshold_is_asked_and_the_answer_settles_it(deps, said, reply, verdict):
    session = Session()
    answer = respond(session, BASE + said, deps)
    assert _verdict(answer) == "needs_review"
    assert answer.questions[0]["field"] == "years_full_time_in_hangzhou" and "具体" in answer.questions[0]["text"]
    reason = next(r for r in answer.verdicts[0].reasons if r.rule == "years_hangzhou")
    assert reason.ok is None and "约数" in reason.message
    assert _verdict(respond(session, reply, deps)) == verdict
    assert "years_full_time_in_hangzhou" not in session.early


@pytest.mark.parametrize("reply", ["一年多", "不到两年", "两年左右吧"])
def test_a_hedged_reply_to_the_years_question_stays_open(deps, reply):
    session = Session()
    respond(session, BASE.rstrip("，") + "。能报吗", deps)
    session.pending = Pending("years_full_time_in_hangzhou", "years")  # as if the years had just been asked
    answer = respond(session, reply, deps)
    assert "years_full_time_in_hangzhou" in session.early and _verdict(answer) == "needs_review"


def test_a_hedged_top_never_passes_the_working_years_of_the_age(deps):
    # born 1985: at most about 25 working years; "二十多年" must not read as 29.99 and contradict the age
    session = Session()
    answer = respond(session, "浙派工匠：我1985年生，在嘉兴一家机械厂一线做钳工，干了二十多年，高级技师，在职", deps)
    assert not answer.verdicts[0].contradictions
    assert next(r for r in answer.verdicts[0].reasons if r.rule == "years_field").ok is True


@pytest.mark.parametrize(("said", "hz"), [
    ("第四届数字工匠：2013年入行做软件开发，2016年起一直在杭州全职", 9.92),
    ("第四届数字工匠：干软件开发这行12年了，2019年来的杭州，一直在杭州全职", 6.92),
    ("浙派工匠：我是高级技师，做钳工20年了，2010年起一直在杭州全职", 15.92),
])
def test_always_there_does_not_replace_a_start_said_in_the_same_message(deps, said, hz):
    session = Session()
    respond(session, said, deps)
    assert session.profile["years_full_time_in_hangzhou"] == hz
