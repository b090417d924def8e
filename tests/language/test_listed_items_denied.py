"""Items typed one per space before a denial that spans back ("标准 专利 都没搞过", "绝活 革新 带徒 都没有") are the
topic of that denial, as when they are joined by 、; a part that says something of its own is not taken into it."""

import pytest

from assistant.language.clauses import denied_parts


@pytest.mark.parametrize("parts, expected", [
    (("技改", "专利", "都没弄过"), (True, True, True)),
    (("带徒", "攻关", "也没有"), (True, True, True)),
    (("除了比赛以外没有别的", "操作法", "发明", "全都没有"), (False, True, True, True)),
])
def test_items_listed_before_a_spanning_denial_are_denied(parts, expected):
    assert denied_parts(parts) == expected


@pytest.mark.parametrize("parts, expected", [
    (("会员", "称号都没有"), (False, True)),          # the denial names its own topic
    (("我是会员", "都没有"), (False, True)),          # a clause with a copula says something of its own
])
def test_a_part_saying_something_of_its_own_is_not_taken_in(parts, expected):
    assert denied_parts(parts) == expected
