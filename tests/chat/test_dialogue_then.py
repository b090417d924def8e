"""A year count said in a talk about a closed round ("我当年在淳安做竹编" … "十二年") may be as of then or as of now:
both ends are checked, a verdict that differs between them stays open, and the start year settles it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.turn import respond
from tests.chat_support import talk as _talk

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("opening", [
    "问下首届杭州工匠，我当年在淳安一家竹制品厂做竹编，中国人，1970年生，一直在一线",
    "首届杭州工匠那次我能报吗？那时候在建德一家木器厂做木雕，1968年生，中国人，一线",
])
def test_a_count_in_a_talk_about_then_is_not_failed_on_todays_reading(deps, opening):
    session, answers = _talk(deps, opening, "十二年")
    assert answers[-1].verdicts[0].verdict != "not_eligible"
    assert "years_in_field" in session.early


def test_a_count_in_a_talk_about_now_is_read_as_of_today(deps):
    session, answers = _talk(deps, "问下首届杭州工匠，我在淳安一家竹制品厂做竹编，中国人，1970年生，一直在一线", "十二年")
    assert "years_in_field" not in session.early


def test_the_start_year_closes_it(deps):
    from assistant.chat.case.state import Pending

    session, _ = _talk(deps, "问下首届杭州工匠，我当年在淳安一家竹制品厂做竹编，中国人，1970年生，一直在一线", "十二年")
    session.pending = Pending("years_in_field", "years")
    respond(session, "2002年开始的", deps)
    from assistant.chat.case.months import is_count

    span = session.early.get("years_in_field")
    assert (span is None or not is_count(span)) and session.profile["years_in_field"] > 20  # a start, not two ends
