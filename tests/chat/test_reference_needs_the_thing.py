"""参考 (what another programme's notice says) follows a silent answer only when that sentence speaks to the thing
asked: a yes/no question naming no thing the notices hold ("评上以后是终身的吗") gets none, since any sentence
"holds" a yes or a no; a money question still gets the other programme's amount."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from assistant.evaluation.qa import says_silent


@pytest.fixture(scope="module")
def deps():
    return make_deps(today=dt.date(2026, 11, 21))


@pytest.mark.parametrize("question", ["首席技师评上以后是终身的吗，会不会几年复评一次", "杭州市首席技师这个称号是终身的吗"])
def test_a_yes_no_question_on_no_held_thing_gets_no_reference(deps, question):
    answer = respond(Session(), question, deps)
    assert says_silent(answer.text) and "参考" not in answer.text, answer.text


def test_a_money_question_still_gets_the_other_programmes_amount(deps):
    answer = respond(Session(), "评上第四届数字工匠以后奖金能拿多少", deps)
    assert "没有写明" in answer.text.splitlines()[0] and "参考" in answer.text and "1万元" in answer.text
