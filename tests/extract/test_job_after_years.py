"""Years at a place with the job said by its title alone in the clause just after ("在富阳一家造纸厂干了快二十年，
造纸工") are that job's years too, as they are when the job is said just before; a stay of living is not."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "years"), [
    ("我老公在富阳一家造纸厂干了快二十年，造纸工，去年刚拿的高级技师证", 19.5),
    ("在余杭干了六年，算法工程师", 6.0),
])
def test_the_job_said_after(text, years):
    assert extract(text, TODAY).profile.get("years_in_field") == years


@pytest.mark.parametrize("text", ["在杭州干了8年，高级技师", "在萧山住了十年，电工"])
def test_no_job_or_no_work(text):
    assert "years_in_field" not in extract(text, TODAY).profile
