"""HR staff name the candidate by name or as the one they want to recommend ("我是人事，李芳，1966年的，浙派工匠她能
报吗", "想推荐我们厂的质检组长王丽，她是1970年出生的"): the candidate's birth year was dropped with the speaker's
clauses (batch j's "她1962年的")."""

from __future__ import annotations

import pytest

from assistant.extract import extract
from tests.extract_support import TODAY


@pytest.mark.parametrize("text, born", [
    ("我是人事，李芳，1966年的，浙派工匠她能报吗", "1966-01"),
    ("想推荐我们厂的质检组长王丽，她是1970年出生的", "1970-01"),
    ("我是厂里的人事，想给我们车间的老师傅报浙派工匠。她1962年的，做了四十年挡车工", "1962-01"),
])
def test_the_candidate_named_by_hr_is_the_one_read(text, born):
    assert extract(text, TODAY).profile.get("birth_date") == born


@pytest.mark.parametrize("text", ["我1985年的，高级工，余杭，能报吗", "我是人事，1980年的，我自己能报吗"])
def test_a_word_that_opens_with_a_surname_is_no_name(text):
    born = extract(text, TODAY).profile.get("birth_date")
    assert born and born[:4] in text
