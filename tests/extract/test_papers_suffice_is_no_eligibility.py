"""够 of a count of papers, seals or words ("单位盖一个章够不够", "材料交两份够吗") asks whether that many suffice, a
question about the form; it is not the asker asking whether they qualify (it was routed to an eligibility check)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "wants"), [
    ("第四届推荐表上到底要几个地方签字盖章？本人签不签名，单位盖一个章够不够", False),
    ("材料交两份够吗", False),
    ("事迹写八百字够不够", False),
    ("我在杭州干了2年够不够", True),
    ("我这样够不够", True),
    ("我够条件吗", True),
])
def test_enough_of_papers_is_not_enough_to_qualify(text, wants):
    assert extract(text, TODAY).wants_eligibility is wants
