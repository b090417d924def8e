"""Status and age said in ordinary words (issue #13): a retiree taken back on ("又把我请回去", "聘回来") is a rehired
retiree."""

from __future__ import annotations

import pytest

from tests.extract_support import ABSENT, check


@pytest.mark.parametrize("text, expected", [
    ("去年退的休，公司又叫我回去带新人", {"rehired": True}),
    ("退休两年了，老厂长把我请回厂里当技术顾问", {"rehired": True, "employment": "retired"}),
    ("退了以后又回到原单位上班，做设备点检", {"rehired": True}),
    ("单位把我从分厂调回来了", {"rehired": ABSENT}),  # no retirement said
    ("快退休了，厂里说以后还要请回来", {"rehired": ABSENT}),
])
def test_taken_back_after_retiring(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text", ["退下来以后又回厂里上班了", "退了，又被单位叫回去"])
def test_retiring_said_plainly_then_taken_back(text):
    """退下来 and a clause that is only 退了 say the retirement, so being taken back on is a rehire."""
    check(text, {"rehired": True, "employment": "retired"})


def test_stepping_down_from_a_post_is_no_retirement():
    check("从主任位置上退下来以后又回车间干了", {"rehired": ABSENT})


@pytest.mark.parametrize("text", [
    "一三年退休后被厂里回聘，还在车间干",  # 回聘, the word beside 返聘
    "我一九年退了又回厂干 还在车间",  # 退了 said before being taken back on
    "我退休了 被原来的公司回聘做数据治理",  # 原来 names the unit, not a time
])
def test_rehired_in_more_words(text):
    check(text, {"rehired": True, "employment": "retired"})


@pytest.mark.parametrize("text", [
    "以前返聘过两年 现在彻底不干了",  # a rehiring said over
    "我妈在织锦厂做了三十年提花 一直在织机边上 她师傅退休返聘了也还在厂里 她能报吗",  # her master's, not hers
    "货退了又回到仓库",  # no retirement
])
def test_no_rehiring_of_the_candidate(text):
    check(text, {"rehired": ABSENT})
