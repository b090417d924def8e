"""A two-digit year and 的, then at most what the speaker calls themself ("72年的老师傅了", "我72年的人了", "我82年的"),
is the year the speaker was born (language/data/people.json, self), not years of work."""

from __future__ import annotations

import pytest

from tests.extract_support import ABSENT, check


@pytest.mark.parametrize(("text", "born"), [
    ("72年的老师傅了 做钳工", "1972-01"), ("我72年的人了", "1972-01"), ("我82年的", "1982-01"),
    ("俺是七八年的老工人", "1978-01"), ("我00年的小伙子 在杭州学汽修", "2000-01"),
])
def test_a_short_year_of_a_person_is_a_birth(text, born):
    check(text, {"birth_date": born, "years_in_field": ABSENT})


def test_a_short_year_of_an_event_is_no_birth():
    check("18年的那次比赛拿了第三", {"birth_date": ABSENT})
