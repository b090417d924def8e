"""Presumption in a conversation (docs/verdict-policy.md): an unmentioned award or competition placing, which
would only lift a limit or open a path, is read as none, with a note; ``check`` on a profile JSON never presumes."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.brief import first_screen
from assistant.chat.state import Session
from assistant.chat.turn import make_deps, respond
from assistant.eligibility import check
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)
SHORT = "去年十月份我才入职滨江一家做SaaS的公司，全职，普通员工，之前在南京干了9年后端，主导过公司核心系统的技术改造。工会会员，技术岗，没评过任何工匠称号。第四届数字工匠够不够？"


@pytest.fixture(scope="module")
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


def test_unmentioned_award_is_presumed_absent_with_a_note(deps):
    answer = respond(Session(), SHORT, deps)
    v = answer.verdicts[0]
    assert v.verdict == "not_eligible"
    note = next(n for n in v.notes if n.rule == "presumed_absent")
    assert "获奖" in note.message and "如有" in note.message and note.quote
    assert note.message in first_screen(answer.text)


def test_a_mentioned_award_is_not_presumed(deps):
    answer = respond(Session(), SHORT.replace("工会会员", "2024年获得过浙江省科学技术进步奖二等奖，工会会员"), deps)
    v = answer.verdicts[0]
    assert v.verdict != "not_eligible"
    assert not [n for n in v.notes if n.rule == "presumed_absent"]


def test_check_on_a_profile_never_presumes():
    profile = {"nationality": "中国", "occupation": "后端开发工程师", "is_digital_economy": True, "union_member": True,
               "employer_city": "杭州", "employment": "full_time", "employer_type": "private",
               "role_type": "frontline_technical", "years_in_field": 9, "years_full_time_in_hangzhou": 0.5,
               "facts_as_of": "2026-03-31", "prior_titles": [], "achievements": ["主持技术革新项目"]}
    v = check(profile, "hz_digital_craftsman_2026", as_of=TODAY)
    assert v.verdict == "needs_review"
    assert "awards" in v.missing


def test_titles_held_are_still_asked_not_presumed(deps):
    answer = respond(Session(), "2021年杭州市首席技师：我是拱墅一家印刷厂的印刷机长，技师（2014年），一直一线，"
                                 "2019年浙江省二类技能竞赛个人第一名", deps)
    assert answer.verdicts[0].verdict == "needs_review"
    assert any(q["field"] == "prior_titles" for q in answer.questions)
