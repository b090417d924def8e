"""Two questions asked at once, each with its quick replies: a choice offered only under the second question
answers that question, not the first."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.asking import tapped
from assistant.chat.case.state import Pending, Session
from assistant.chat.turn import respond

TODAY = dt.date(2026, 11, 21)
BOTH = Pending("union_member", "bool", ("是", "否"), ("employer_city",), (("杭州", "浙江省内其他城市", "浙江省外"),))


@pytest.mark.parametrize("text, field", [("杭州", "employer_city"), ("浙江省外", "employer_city"), ("是", "union_member"),
                                         ("我是会员", "union_member")])
def test_a_choice_under_the_second_question_answers_it(text, field):
    assert tapped(BOTH, text).field == field


def test_a_choice_offered_under_both_answers_the_first():
    both_bool = Pending("union_member", "bool", ("是", "否"), ("rehired",), (("是", "否"),))
    assert tapped(both_bool, "否").field == "union_member"


@pytest.mark.parametrize("tap, field, value", [("浙江省外", "employer_city", "外省"), ("杭州", "employer_city", "杭州")])
def test_a_tap_fills_its_own_question_only(deps, tap, field, value):
    session = Session()
    respond(session, "问下首届杭州工匠，我在一家竹制品厂做竹编，中国人，1970年生，一直在一线，干了三十年", deps)
    session.pending = BOTH
    respond(session, tap, deps)
    assert session.profile.get(field) == value and "union_member" not in session.profile
