"""Items typed one per space before a denial that spans back ("标准 专利 都没搞过", "绝活 革新 带徒 都没有") are the
topic of that denial, as when they are joined by 、; a part that says something of its own is not taken into it."""

import pytest

from assistant.language.clauses import clauses, denied_parts


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


@pytest.mark.parametrize("text", [
    # batch s dev (pf-316, el-s015/016, el-s021's kind): a list of nouns, then a piece cut at 也 that only denies
    "发明创造、先进操作法也没有",
    "专利、标准也没有",
    # typed with spaces for 、: a run of achievement nouns closed by a denial that refers back (也/都/这些)
    "绝活 革新 带徒这些也说不上",
    "标准化没参与过 技术攻关 智能体也没搞过",
    "改造革新没搞过 操作法也没总结过 成果转化 数字化这些都不沾边",
])
def test_every_item_of_a_list_before_its_denial_is_denied(text):
    from assistant.language.classify import achievement_kinds

    assert all(c.negated for c in clauses(text)), [(c.text, c.negated) for c in clauses(text)]
    assert not achievement_kinds(text, use_model=False)


@pytest.mark.parametrize("text, kept", [
    ("会员 工匠也没评过", "会员"),  # 会员 names no achievement: a yes to the union, beside a denial of titles
    ("带了五个徒弟、标准也没参与", "带了五个徒弟"),  # a verb with its count: said, not listed
    ("技术革新 带徒 我都搞过", "技术革新"),  # no denial at all
])
def test_what_is_not_such_a_list_keeps_its_own_reading(text, kept):
    assert any(c.text == kept and not c.negated for c in clauses(text))
