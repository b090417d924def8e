"""A title said first and its winning after it in the same clause ("杭州工匠前年评上了"): held. Before, only a verb
of winning before the title counted, so "省首席没评过 杭州工匠前年评上了" was read as holding no title at all, and
a programme that bars 杭州工匠 found nothing to bar."""

from __future__ import annotations

import pytest

from tests.extract_support import ABSENT, check


@pytest.mark.parametrize("text, titles", [
    ("杭州工匠前年评上了", ["杭州工匠"]),
    ("浙江工匠2019年就评上了", ["浙江工匠"]),
    ("浙江省首席技师我21年拿到的", ["浙江省首席技师"]),
    ("省首席没评过 杭州工匠前年评上了", ["杭州工匠"]),
])
def test_a_title_then_its_winning_is_held(text, titles):
    check(text, {"prior_titles": titles})


@pytest.mark.parametrize("text", [
    "杭州数字工匠想评上",  # a wish
    "我们厂杭州工匠评上了三个",  # others, counted
    "杭州工匠评上了能加分吗",  # a supposition asked about
])
def test_a_wish_others_or_a_supposition_is_no_title_held(text):
    check(text, {"prior_titles": ABSENT})


def test_a_title_then_its_denial_is_none_held():
    check("杭州工匠没评上", {"prior_titles": []})


def test_a_title_won_undated_before_a_question_is_supposed():
    # "浙派工匠评上了，证书是省里发还是市里发": if won, not held (tests/chat/test_supposed_title.py)
    check("浙派工匠评上了，证书是省里发还是市里发", {"prior_titles": ABSENT})


def test_a_level_others_won_with_a_date_between_is_not_the_askers():
    # the review's new-user conversation: "有两个去年评上了技师" made a 高级技师 a 技师, and 浙派 said 不符合
    check("徒弟带了七八个，有两个去年评上了技师，别的革新啥的说不上", {"skill_level": ABSENT})
    check("我18年评上了技师", {"skill_level": "技师"})
