"""A round pointed back at (那次, 那年, 当年) is the notice itself, not a topic; 好处/福利/实惠 ask what one gets
however the question around them is put; "other" (别的, 其他) names no thing (chat/rules/answer_types.toml)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import classify, focus
from assistant.chat.rules.things import thing
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize("question", [
    "杭州工匠那次评了多少人", "首届数字工匠那一届认定多少个", "首席技师当年一共认定几个", "杭州工匠那会儿认定多少名",
])
def test_a_round_pointed_back_at_is_no_topic(question):
    left = focus(question)
    assert not any(w in left for w in ("那次", "那一届", "当年", "那会儿"))


@pytest.mark.parametrize(("question", "fact"), [
    ("杭州工匠那次评了多少人", "30名"),
    ("首届数字工匠那一届认定多少个", "50名"),
])
def test_the_count_of_a_past_round_is_answered(deps, question, fact):
    answer = respond(Session(), question, deps)
    assert fact in answer.text.replace(" ", "") and answer.citations


@pytest.mark.parametrize("question", [
    "杭州工匠评上了还有啥别的好处没", "首席技师评上有好处吗", "首届数字工匠还有其他福利吗", "第四届数字工匠评上了有实惠吗",
])
def test_what_one_gets_is_a_reward_question(question):
    assert classify(question).type == "money"


@pytest.mark.parametrize(("question", "fact"), [
    ("杭州工匠评上了还有啥别的好处没", "疗休养"),
    ("首届数字工匠评上还有其他福利吗", "奖牌"),
])
def test_what_one_gets_is_answered_where_the_notice_says(deps, question, fact):
    answer = respond(Session(), question, deps)
    assert fact in answer.text and answer.citations


def test_other_names_no_thing():
    found = thing("首届数字工匠除了证书还有其他福利吗")
    assert found is not None and "其他" not in found.words


@pytest.mark.parametrize("question", ["自由职业者报首席技师走哪条路子", "浙派工匠一般通过什么途径推荐", "杭州工匠有啥门路报"])
def test_a_route_is_a_channel(question):
    assert classify(question).type == "place"


def test_the_route_of_a_freelancer_is_answered(deps):
    answer = respond(Session(), "自由职业者报首席技师走哪条路子", deps)
    assert "行业协会" in answer.text and answer.citations
