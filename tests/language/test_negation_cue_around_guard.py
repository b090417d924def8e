"""A guard word inside a longer negation word: 不到 guards 不到五年 (a count, no denial), but 轮不到 denies.
The segmenter knows 不到 as a word and cuts 轮|不到, and the guard mask would blank it; both are undone for a
cue that holds the guard."""

import pytest

from assistant.language.clauses import negated


@pytest.mark.parametrize(("clause", "denied"), [
    ("技术革新轮不到我", True),
    ("评先进这种事轮不到我们一线", True),
    ("带徒弟的事一直轮不到我", True),
    ("工龄不到五年", False),
    ("不到三十岁就当了班长", False),
    ("离退休不到两年", False),
])
def test_cue_holding_a_guard_word(clause, denied):
    assert negated(clause) is denied
