"""Years of a past job are not the present trade's (issue #13, whose years): a count said before the turn to the
present work (后来, 现在, 转行, 退伍以后) or said to be before (之前, 以前) gives way to a count or a start of the present
work; the same work said to go on (继续, 也干) still adds up."""

from __future__ import annotations

import pytest

from tests.extract_support import check


@pytest.mark.parametrize("text, expected", [
    ("在饭店端了两年盘子，后来学了西点，做了九年", {"years_in_field": 9.0}),
    ("以前跑了六年销售，现在做数控编程，五年了", {"years_in_field": 5.0}),
    ("之前当了三年保安，2018年改行做电梯安装", {"years_in_field": 7.92}),
    ("之前在宁波干了五年电焊，2019年过来杭州继续干焊工", {"years_in_field": 11.92}),  # the same work adds up
    ("干了十年电工，现在是班长", {"years_in_field": 10.0}),  # one count alone stays
    ("在宁波做了6年焊工，后来来杭州又干了3年", {"years_in_field": 9.0}),  # 又干: a move, the same work again
])
def test_past_job_years(text, expected):
    check(text, expected)
