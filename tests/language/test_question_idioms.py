"""An idiom asking whether what was heard is true (language/data/question_idioms.json) is a question with no mark
(language.asking, refac23)."""

from __future__ import annotations

import pytest

from assistant.language.asking import asks


@pytest.mark.parametrize("text", ["听说首席技师能多拿一点 真的假的", "补贴翻倍是真是假", "外地户口也能报 真的还是假的"])
def test_the_idiom_asks(text):
    assert asks(text)


def test_the_same_words_told_ask_nothing():
    assert not asks("我说的都是真的")
