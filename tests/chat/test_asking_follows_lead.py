"""The one next question and the verdict line come from one ranking (eligibility.decisive, issue #13 Deliver 1(d)):
the open fact asked first is the one that can still move the leading verdict most. "做数据标注…三年" leads with
不满5年 (said, no answer changes it); of the open facts, the titles that exclude (a hard exclusion: the answer can
make it 不符合) are asked before the employment and the union (原则上: soft), however the soft points add up."""

from __future__ import annotations

import datetime as dt

from assistant.chat.case.asking import next_questions
from assistant.chat.case.brief import headline
from assistant.chat.case.state import Session
from assistant.eligibility import check
from assistant.eligibility.decisive import question_rank, rank

TODAY = dt.date(2026, 11, 21)
PROFILE = {"occupation": "数据标注", "is_digital_economy": True, "employer_city": "杭州", "years_in_field": 3,
           "years_full_time_in_hangzhou": 3, "role_type": "frontline_technical", "facts_as_of": "2026-11-21"}


def test_the_hard_open_fact_is_asked_before_the_soft_ones():
    v = check(PROFILE, "hz_digital_craftsman_2026", as_of=TODAY)
    asked = next_questions([v], Session())
    assert asked[0]["field"] == "prior_titles"
    assert "employment" not in [q["field"] for q in asked[:1]]


def test_no_question_ranks_before_the_open_facts():
    v = check(PROFILE, "hz_digital_craftsman_2026", as_of=TODAY)
    lead = headline(v, next_questions([v], Session()))
    ranks = [question_rank(v, r) for r in v.reasons]
    assert question_rank(v, lead) is None or question_rank(v, lead) == min(r for r in ranks if r is not None)
    assert all(r is None or r >= rank(lead) for r in ranks)  # the line leads with what decides at least as much

