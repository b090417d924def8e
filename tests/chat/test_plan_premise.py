"""A day the asker plans to hand in by is checked as a plan against the deadline: before it is in time, after it late
(chat/window_premise.plan_premise, chat/premise/dates.plan_span)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise.dates import plan_span
from assistant.chat.turn import respond


@pytest.mark.parametrize(("question", "span"), [
    ("准备国庆过后再报，也来得及的吧", ((10, 1), (10, 7), "国庆过后", "after")),
    ("打算五一前交", ((5, 1), (5, 7), "五一前", "before")),
    ("我们7月10号交来得及吧", ((7, 10), (7, 10), "7月10号", "on")),
    ("下半年再报还来得及吧", ((7, 1), (12, 31), "下半年", "on")),
    ("7月中旬交来得及吗", ((7, 11), (7, 20), "7月中旬", "on")),
    ("现在还能报吗", None),
    # the plan is the day said last, nearest the ask; a month part said bare is of the month named before it
    ("人选九月中旬才审完，月底前再报到市总工会还来得及吧", ((9, 21), (9, 31), "9月底前", "before")),
])
def test_the_planned_day_and_its_side(question, span):
    assert plan_span(question) == span


@pytest.mark.parametrize(("question", "lead"), [
    ("首届杭州工匠那年，我们开发区总工会准备国庆过后再把材料统一报到市总工会，也来得及的吧", "不对"),
    ("第四届数字工匠我们下半年再报还来得及吧", "不对"),
    # a plan before the deadline is in time: confirmed, not "corrected" to the deadline's day
    ("首席技师我们区打算五一前把材料报到市里，来得及吧", "是的"),
    ("我们打算首席技师材料7月10号交，来得及吧", "是的"),
])
def test_a_plan_is_checked_against_the_deadline(deps, question, lead):
    answer = respond(Session(), question, deps)
    assert answer.text.startswith(lead), answer.text
    assert answer.citations, answer.text


def test_a_plan_straddling_the_deadline_draws_no_verdict(deps):
    """"7月中旬" holds days before and after 7月15日: the deadline is quoted, neither 是的 nor 不对 leads."""
    text = respond(Session(), "首席技师我们7月中旬交来得及吗", deps).text
    assert not text.startswith(("是的", "不对")) and "7 月 15 日" in text, text


def test_a_body_rule_is_quoted_over_a_forms_note(deps):
    """首届杭州工匠's metadata names the form's note (2016年9月30日前报市总技协办); the rule in its body (9月底前向市总
    工会申报推荐) is the source, quoted for a plan."""
    answer = respond(Session(), "我们区总工会首届杭州工匠的人选九月中旬才审完，月底前再报到市总工会还来得及吧？", deps)
    assert answer.text.startswith("是的") and answer.citations[0].clause_id == "hz_craftsman_2016#四/(一)", answer.text
