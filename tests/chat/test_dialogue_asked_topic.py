"""A clause that asks about a yes/no topic ("要求是工会会员吗", "工会会员吗这个要求", "非得是会员吗我这种": the topic said
after the particle, as speech does) says no yes and no no: the union stays unknown, to be asked."""

from __future__ import annotations

import pytest

from assistant.chat.case.said import asks_any
from assistant.chat.case.state import Session
from assistant.chat.turn import respond

FACTS = "杭州工匠想问问，我在杭州做木雕三十年了，一线，"


@pytest.mark.parametrize("clause", ["工会会员吗这个要求", "能报吗我这种", "要交钱么这个", "是会员吗"])
def test_a_question_with_its_topic_after_the_particle_asks(clause):
    assert asks_any(clause)


@pytest.mark.parametrize("clause", ["是会员", "工会会员", "会员是的", "这个没有", "工会会员吧", "是会员呢", "会员证有的嘛",
                                    "会员没错吧"])
def test_a_statement_does_not_ask(clause):
    assert not asks_any(clause)


@pytest.mark.parametrize("asked", ["工会会员吗这个要求", "要求是工会会员吗", "工会会员必须吗", "非得是会员吗我这种"])
def test_the_union_asked_about_is_not_said(deps, asked):
    session = Session()
    respond(session, FACTS + asked, deps)
    assert "union_member" not in session.profile


def test_the_union_said_beside_a_question_still_counts(deps):
    session = Session()
    respond(session, FACTS + "工会会员，要交什么材料吗", deps)
    assert session.profile.get("union_member") is True


def test_a_softened_yes_beside_another_clause_still_counts(deps):
    session = Session()
    respond(session, FACTS + "中国人，工会会员吧", deps)
    assert session.profile.get("union_member") is True
