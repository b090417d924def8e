"""Facts said while another question is pending: a start into the trade or to a place ("十年前入的行", "2003年开始
干这行，一来就在余杭"), all along in a place ("从来没离开过杭州"), a competition's tier in a clause of its own; and two
clauses that are no answers to the two questions asked ("从来没离开过浙江，一直全职在岗")."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond

TODAY = dt.date(2026, 11, 21)


def _talk(deps, *turns: str) -> Session:
    session = Session()
    for t in turns:
        respond(session, t, deps)
    return session


@pytest.mark.parametrize("said, years", [("2003年开始干这行，一来就在余杭", 22.92), ("八年前入的行，从一开始就在杭州", 8.0)])
def test_a_start_said_to_another_question_counts(deps, said, years):
    session = _talk(deps, "首届杭州工匠那次我能报吗？我在余杭做锅炉焊工", said)
    assert session.profile.get("years_in_field") == pytest.approx(years, abs=0.01)
    assert session.profile.get("years_full_time_in_hangzhou") == pytest.approx(years, abs=0.01)


def test_never_left_is_all_along(deps):
    session = _talk(deps, "浙派工匠，我在临平做数控，高级技师，一线，干了二十年", "从没离开过杭州，一直在这")
    assert session.profile.get("years_full_time_in_hangzhou") == 20.0


def test_two_clauses_that_say_other_facts_answer_no_list(deps):
    session = Session()
    respond(session, "浙派工匠有戏吗？我在建德做电工，高级技师，干了十五年了", deps)
    respond(session, "从来没离开过浙江，一直全职在岗", deps)
    assert "achievements" not in session.profile and "trained_apprentices" not in session.profile


def test_a_tier_in_its_own_clause_completes_the_result(deps):
    session = _talk(deps, "首席技师能报吗？我在萧山做钳工，技师，一线", "2019年拿过杭州市钳工技能竞赛第二名，是二类竞赛")
    results = session.profile.get("competition_results") or []
    assert results and results[-1].get("tier") == "二类"


@pytest.mark.parametrize("said, field", [("是会员的，奖也没拿过什么", "awards"), ("另外称号啥的都没评过", "prior_titles")])
def test_a_list_denied_unasked_is_empty(deps, said, field):
    session = _talk(deps, "第四届数字工匠，我在滨江做数据库运维，干了7年，一线", said)
    assert session.profile.get(field) == []



def test_here_is_the_place_the_honour_asks_years_in(deps):
    session = _talk(deps, "第四届数字工匠我想报，做大模型训练数据的，一线工程师", "前年过来的，一直在这里上班")
    assert session.profile.get("years_full_time_in_hangzhou") == pytest.approx(1.92, abs=0.01)


@pytest.mark.parametrize("first, then, trade", [
    ("第四届数字工匠，我做大数据开发，之前在南京干了4年", "22年下半年来的杭州，一直全职", 7.92),
    ("数字工匠第四届，我搞嵌入式的，以前在深圳干过两年", "2021年到的杭州", 6.92),
    ("第四届数字工匠，做大数据开发，干这行8年了，之前在南京", "22年来的杭州", 8.0)])
def test_a_start_in_a_new_place_adds_to_spans_elsewhere(deps, first, then, trade):
    session = _talk(deps, first, then)
    assert session.profile.get("years_in_field") == pytest.approx(trade, abs=0.01)


@pytest.mark.parametrize("said", ["退下来三年了", "离开厂里两年了，现在在家"])
def test_time_since_the_work_stopped_is_no_years_of_work(deps, said):
    session = _talk(deps, "浙派工匠能报不，我在义乌做小商品模具，高级技师", said)
    assert not any(f in session.profile for f in ("years_in_field", "years_full_time_in_zhejiang"))


@pytest.mark.parametrize("said, employment", [("在余杭，平时自己接活", "freelance"), ("我是兼职的", "part_time")])
def test_a_choice_said_with_nothing_asked_is_read(deps, said, employment):
    session = _talk(deps, "第四届数字工匠 我是搞婚纱照后期修图的 能报吗")
    assert session.pending is None and "employment" not in session.profile
    respond(session, said, deps)
    assert session.profile.get("employment") == employment
