"""Premises on how many are selected: the notice's count sentence (认定30名) answers a question saying 评N个, a
tag such as 没说错吧 is no topic, and "今年" said of a programme held for another year is the held notice's own
round, checked with a note (chat/out_of_scope.held_round)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise import claims
from assistant.chat.rules.answer_types import focus
from assistant.chat.rules.out_of_scope import held_round, out_of_scope
from assistant.chat.turn import respond
from assistant.retrieval.rewrite import added_terms


def test_selecting_n_is_said_with_the_notices_words():
    assert "认定" in added_terms("杭州工匠一共要评50个", only=("selected",))
    assert not added_terms("每个区能推几个人", only=("selected",))  # recommending is the per-body quota


def test_this_years_value_asserted_is_the_held_round():
    assert out_of_scope("首席技师今年认定30个是吧") is None
    assert "2021年" in held_round("首席技师今年认定30个是吧")
    assert out_of_scope("首席技师今年还评吗") is not None  # no value asserted: a round the notices do not cover


def test_steps_counted_with_ge_are_no_count_of_people():
    # a count of steps, in its own unit (test_premise_families_q9): never one of 名
    assert claims("按照资格审核、专家评审、社会公示、领导小组审定等四个环节进行") == [(4.0, "环节")]
    assert claims("一共要评50个") == [(50.0, "名")]


def test_a_confirmation_tag_is_no_topic():
    assert "说错" not in focus("首届杭州工匠一共要评50个，没说错吧")


@pytest.mark.parametrize(("question", "said"), [
    ("首席技师今年认定30个是吧", "而是20名"),
])
def test_a_wrong_count_is_corrected(deps, question, said):
    lines = [ln for ln in respond(Session(), question, deps).text.splitlines() if not ln.startswith("（")]
    assert lines[0].startswith("不对") and said in lines[0]


def test_a_quota_per_region_where_the_notice_sets_a_total_only_is_silent_not_corrected(deps):
    """"首届杭州工匠每个区只能报一个吧" against "认定30名": no count per district is written, so the answer says the
    notice is silent on it (uncited), never "不对，…30名"; where a body holds a quota per district (第四届's 各区县(市)
    总工会推荐不超过 4 名) the count said is still checked against it."""
    from assistant.chat.rules.factual_pick import region_unstated

    assert region_unstated("首届杭州工匠每个区只能报一个吧", "在全市…认定30名“杭州工匠”。")
    assert not region_unstated("第四届每个区只能报一个吧", "各区县(市)总工会推荐不超过 4 名")
    for q in ("首届杭州工匠每个区只能报一个吧", "浙派工匠每个市只能推两个人吧"):
        answer = respond(Session(), q, deps)
        first = answer.text.splitlines()[0]
        assert "没有写明" in first and "推荐名额" in first and not answer.citations, answer.text
    answer = respond(Session(), "第四届每个区只能报一个吧", deps)
    assert answer.text.startswith("不对") and "4名" in answer.text.splitlines()[0]
