"""The post a clause dates to now ("现在…", "目前…") is the present one, whatever post the clauses before it named
without a date of their own ("原来在杭钢炼钢，炉前工，…现在在办公室收物业费": the 炉前工 clause only seemed present)."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "role"), [
    ("我原来在半山的杭钢炼钢，炉前工，1993年进厂，炉前工技师。2015年基地关停了，我分流到物业公司，现在在办公室收物业费、管台账",
     "administrative"),
    ("以前在车间当钳工，现在是车间主任，主要管人", "management"),
    ("我目前在做行政，之前是数控车工", "administrative"),
    ("以前当过班长，现在还在一线焊接", "frontline_technical"),
    ("现在是车间副主任，但还天天上机床", "frontline_technical"),
    ("原来是车间主任，现在回到一线了", "frontline_technical"),
    ("我是焊工，现在工会会员", "frontline_technical"),  # a clause of now that names no post changes nothing
])
def test_the_post_dated_to_now_is_the_present_one(text, role):
    assert extract(text, TODAY).profile.get("role_type") == role
