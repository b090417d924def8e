"""An indefinite 啥/什么 after a negated verb with its aspect ("没有参加过啥比赛", "没拿到过啥奖") is a denial, not a
question: the clause was read as asking and its absence was lost (the language layer's asks, one reader for all)."""

from __future__ import annotations

import pytest

from assistant.language.asking import asks
from tests.extract_support import check


@pytest.mark.parametrize("text, expected", [
    ("技能比赛我没有参加过啥", {"competition_results": []}),
    ("没有参加过啥比赛，奖也没拿过", {"competition_results": [], "awards": []}),
    ("没评上过啥称号", {"prior_titles": []}),
])
def test_denied_with_an_indefinite(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text", ["不知道要交啥材料", "我没有参加过什么比赛能报吗", "没想好报啥"])
def test_still_asks(text):
    assert asks(text)
