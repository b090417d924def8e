"""Presumption in a conversation (docs/verdict-policy.md): an unmentioned award or competition placing, which
would only lift a limit or open a path, is read as none, with a note; ``check`` on a profile JSON never presumes."""

from __future__ import annotations

import datetime as dt

from assistant.chat.case.brief import first_screen
from assistant.chat.case.state import Session
from assistant.chat.turn import respond
from assistant.eligibility import check

TODAY = dt.date(2026, 11, 21)
SHORT = "首届杭州工匠：我1980年生，中国人，工会会员，2010年起在杭州一家机床厂做钳工，一直一线，高级技师。我总结的一套装配操作法在全厂推广。当时能报吗"


def test_unmentioned_award_is_presumed_absent_with_a_note(deps):
    answer = respond(Session(), SHORT, deps)
    v = answer.verdicts[0]
    assert v.verdict == "not_eligible"
    note = next(n for n in v.notes if n.rule == "presumed_absent")
    assert "竞赛名次" in note.message and "如有" in note.message and note.quote
    assert note.message in first_screen(answer.text)


def test_a_mentioned_award_is_not_presumed(deps):
    answer = respond(Session(), SHORT.replace("工会会员", "2014年浙江省技能大赛钳工第一名，工会会员"), deps)
    v = answer.verdicts[0]
    assert v.verdict != "not_eligible"
    assert not [n for n in v.notes if n.rule == "presumed_absent"]


def test_check_on_a_profile_never_presumes():
    profile = {"nationality": "中国", "birth_date": "1980-05", "occupation": "钳工", "union_member": True,
               "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical",
               "skill_level": "高级技师", "years_in_field": 6, "years_full_time_in_hangzhou": 6, "facts_as_of": "2016-09-30",
               "achievements": ["总结的一套装配操作法在全厂推广"]}
    v = check(profile, "hz_craftsman_2016", as_of=TODAY)
    assert v.verdict == "needs_review"
    assert "competition_results" in v.missing


def test_titles_held_are_still_asked_not_presumed(deps):
    answer = respond(Session(), "2021年杭州市首席技师：我是拱墅一家印刷厂的印刷机长，技师（2014年），一直一线，"
                                 "2019年浙江省二类技能竞赛个人第一名", deps)
    assert answer.verdicts[0].verdict == "needs_review"
    assert any(q["field"] == "prior_titles" for q in answer.questions)
