"""One's own work told with a write verb ("写安卓", "写代码") is no request to write for someone, and 我是 before a verb
of applying ("我是报第四届还是首届那个老的数字工匠") is no title held.

"第四届数字工匠 我在临平一家做智能家居APP的小公司 写安卓 干了七年了" opened a draft of the 主要事迹 for "安卓同志",
and "我是报第四届还是首届那个老的数字工匠 哪个更稳" gave the asker the title 杭州数字工匠, so 第四届 said 不符合.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.people import asks_to_write
from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "asks"), [
    ("第四届数字工匠 我在临平一家做智能家居APP的小公司 写安卓 干了七年了 一直在杭州 没评过工匠", False),
    ("我在公司写Java十年了", False),
    ("杭州工匠，写陶红梅。", True),  # no work of one's own told: a bare request
    ("给张伟写一下", True),
    ("写一下张伟的", True),
])
def test_own_work_with_a_write_verb_is_no_request(text, asks):
    assert asks_to_write(text) is asks


@pytest.mark.parametrize(("text", "titles"), [
    ("我是报第四届还是首届那个老的数字工匠 哪个更稳", None),
    ("我是想报杭州工匠", None),
    ("我是杭州工匠", ["杭州工匠"]),
    ("我已经是浙江工匠了", ["浙江工匠"]),
])
def test_is_before_a_verb_of_applying_holds_no_title(text, titles):
    assert extract(text, TODAY).profile.get("prior_titles") == titles
