"""Starts said as "since then" without a verb of arriving: "2005年就在那干了", "从2005年干到现在", "2005年至今" (found
trying the chat as a new user: a 桐庐 mould fitter's "2005年就在那干了" gave no years, and the chat asked for them)."""

from __future__ import annotations

import pytest

from tests.extract_support import check


@pytest.mark.parametrize("text, expected", [
    ("我在桐庐一家厂做模具钳工，2005年就在那干了", {"years_in_field": 20.92, "years_full_time_in_hangzhou": 20.92}),
    ("2005年就在桐庐一家厂做模具钳工了", {"years_in_field": 20.92, "years_full_time_in_hangzhou": 20.92}),
    ("1996年就在杭州做打版了，一直没离开过杭州", {"years_full_time_in_hangzhou": 29.92}),
    ("2005年至今一直在桐庐做竹编", {"years_in_field": 20.92, "years_full_time_in_hangzhou": 20.92}),
    # the span up to now is the trade's; its place is not the clause before it (that may be where one works now)
    ("我在萧山一家厂做钳工，从2005年干到现在", {"years_in_field": 20.92}),
])
def test_a_start_said_as_since_then(text, expected):
    check(text, expected)


def test_a_span_carried_from_an_always_there_clause_gives_way_to_the_start():
    # the count is the job's ("这行12年"), the place only carried from "一直在杭州全职": no conflict to ask about
    check("干软件开发这行12年了，2019年来的杭州，一直在杭州全职", {"years_full_time_in_hangzhou": 6.92})
