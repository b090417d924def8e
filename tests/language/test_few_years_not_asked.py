"""几 after 没 or 才 counts few ("刚毕业没几年"): no question of how many years, so "那首届呢 那时候刚毕业没几年 …"
turns to 首届 instead of being read as a question about the rules."""

import pytest

from assistant.chat.case.switches import RULE_QUESTION
from assistant.language.asking import asks


@pytest.mark.parametrize("text", ["那时候刚毕业没几年", "来杭州才几年", "干了没几年就转岗了"])
def test_few_years_is_no_question(text):
    assert not RULE_QUESTION.search(text)
    assert not asks(text)


@pytest.mark.parametrize("text", ["要干几年才能报", "在杭州需要几年"])
def test_how_many_years_still_asks(text):
    assert RULE_QUESTION.search(text)
