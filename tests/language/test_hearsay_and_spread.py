"""Words about an achievement that are no achievement of the speaker's (issue 12, 浙派 precision): hearsay about the
rules (听说带徒可以加分), a wish cut in two at a connective (准备以后自己也总结一下), reading about a thing (看了些工法的
资料); and a clause saying only where a deed spread to (推广到全省) is read with the deed, not as a deed of its own.
The phrasings are not rows of the labelled tables; the words-only matcher and the unit splitter are asked."""

from __future__ import annotations

import pytest

from assistant.language.classify import _units, affirmed_parts
from tests.language_support import kinds


@pytest.mark.parametrize("text", [
    "听说搞过技术革新的能优先推荐",
    "据说带过徒弟的评审时可以加分",
    "听别人说总结了操作法的更容易评上",
])
def test_hearsay_about_the_rules_is_no_achievement(text):
    assert not affirmed_parts(text)


@pytest.mark.parametrize("text", [
    "准备下半年我也申请一项发明专利",
    "准备以后车间里也推行数字化改造",
])
def test_a_wish_cut_at_a_connective_is_still_a_wish(text):
    assert not affirmed_parts(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("看了不少智能制造改造的案例", "digital"),
    ("看了几本先进操作法的书", "method"),
])
def test_reading_about_a_thing_makes_nothing(text, kind):
    assert kind not in kinds(text)


@pytest.mark.parametrize("text", [
    "整理了一套设备点检口诀，推广到全公司的十二个车间",
    "改进了注塑模具的冷却水路，在集团各分厂推广",
    "编的焊接作业指导书，被省里的同行企业采用",
])
def test_where_a_deed_spread_is_read_with_the_deed(text):
    assert [u for u, _ in _units(affirmed_parts(text))] == [text]


@pytest.mark.parametrize(("text", "kind"), [
    ("带出了八个徒弟，听说其中两个已经评上技师", "training"),
    ("准备工作做得细，主持完成了两项设备技改", "innovation"),
])
def test_a_deed_said_beside_hearsay_or_a_preparation_still_counts(text, kind):
    assert kind in kinds(text)
