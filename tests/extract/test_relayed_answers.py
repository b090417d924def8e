"""The asker relaying the candidate's words ("我问问他……他说一八年评过浙江工匠"): the relay names the asker as the one
who asks, not as the one whose facts follow, and a pause (……) ends the relay's clause as a comma does."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "field", "value"), [
    ("我问问他……他说一八年评过浙江工匠", "prior_titles", ["浙江工匠"]),
    ("我问问他...他说一八年评过浙江工匠", "prior_titles", ["浙江工匠"]),
    ("我问了下我爸，他说没评过啥称号", "prior_titles", []),
    ("我帮我妈问的 她说是工会会员", "union_member", True),
])
def test_a_relayed_answer_is_the_candidates(text, field, value):
    assert extract(text, TODAY).profile.get(field) == value


def test_the_askers_own_fact_beside_a_relay_is_still_theirs():
    assert extract("我问过师傅 我自己是技师", TODAY).profile.get("skill_level") == "技师"


def test_a_programme_asked_after_a_pause_is_still_asked():
    assert "prior_titles" not in extract("浙江工匠……我能报吗", TODAY).profile
