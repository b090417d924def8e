"""One's own family said with no 我 ("老公在富阳一家造纸厂做电工…他当年能报吗") is the candidate, and a 他 asking
about a past round ("他当年能报吗") asks about him."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.subject import about_other

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("text", ["老公在富阳一家造纸厂做电工，技师，首席技师他当年能报吗",
                                  "老妈在丝绸厂织了三十年绸，她那时候够不够杭州工匠"])
def test_a_family_member_said_bare_is_asked_about(text):
    assert about_other(text)


def test_the_family_members_facts_are_the_candidates():
    profile = extract("老公在富阳一家造纸厂做电工，技师，零八年进厂，首席技师他当年能报吗", TODAY).profile
    assert profile["skill_level"] == "技师" and profile["employer_city"] == "杭州"


@pytest.mark.parametrize("text", ["领导能推荐我吗", "我老公说我能报"])
def test_no_family_candidate(text):
    assert not about_other(text)
