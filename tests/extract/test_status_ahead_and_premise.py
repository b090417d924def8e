"""A retirement said with a time ahead (明年就退休, 还有两年退休, 离退休还差三年) is no retirement now, while one dated
in the past (去年年底退休了) or said beside resting at home (退休在家歇了半年) is; and a state said before an ask whether
one may STILL apply (退休了还能报浙派工匠吗, no 我 and no comma) holds, unless it is a supposition (要是评上了…)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.status import to_come

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我五十九了 明年就退休 现在还在车间", "还有两年退休，现在还在车间天天干", "再干三年就退了",
                                  "离退休还差三年", "今年年底退休，还在一线", "马上要退休了"])
def test_retirement_ahead_is_not_retired(text):
    assert extract(text, TODAY).profile.get("employment") != "retired"


@pytest.mark.parametrize("text", ["去年年底退休了，厂里又叫我回去", "18年底退休的", "退休三年了", "退休在家歇了半年，闲不住",
                                  "退休了还能报浙派工匠吗", "退休了也能申报吗"])
def test_retirement_said_is_retired(text):
    assert extract(text, TODAY).profile.get("employment") == "retired"


def test_title_before_a_still_ask_is_held():
    assert extract("评上杭州工匠了还能报数字工匠吗", TODAY).profile.get("prior_titles") == ["杭州工匠"]


def test_supposition_before_a_still_ask_is_not_held():
    assert not extract("要是评上了杭州市首席技师还能再报浙派吗", TODAY).profile.get("prior_titles")


@pytest.mark.parametrize(("before", "after", "ahead"), [("明年就", "", True), ("还有两年", "", True), ("离", "还差三年", True),
                                                         ("去年年底", "了", False), ("", "三年了", False)])
def test_to_come(before, after, ahead):
    assert to_come(before, after) is ahead
