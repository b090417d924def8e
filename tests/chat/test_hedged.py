"""Counts said loosely ("十来个", "七八年", "上百人") are counts with a span, checked against the notice's value
(chat/premise/hedged.py, chat/premise/values.py)."""

from __future__ import annotations

import pytest

from assistant.chat.premise import claims, correction
from assistant.chat.premise.hedged import hedges, plain

_QUOTA = "各区县(市)总工会推荐不超过 4 名,其中数字经济相对领先的滨江区、西湖区、余杭区可推荐不超过 6 名。"
_TOTAL = "今年我市将认定 20 名杭州市首席技师。"


@pytest.mark.parametrize(("text", "span"), [
    ("十来个", (9.0, 12.99)),
    ("三十多个", (30.0, 39.99)),  # after a round ten, 多 spans the ten
    ("五个多", None),  # 多 after the measure word is no hedge here
    ("上百人", (100.0, 199.0)),
    ("七八年", (7.0, 8.0)),  # two neighbouring numerals: 7 to 8, never 78
    ("两三天", (2.0, 3.0)),
    ("十五六个", (15.0, 16.0)),
    ("二十个左右", (18.0, 22.0)),
    ("将近十年", (9.0, 10.0)),
    ("六名", None),  # a plain count is no hedge
    ("前两三名", None),  # a placing
])
def test_a_loose_count_has_its_span(text, span):
    found = hedges(text)
    assert (found[0].low, found[0].high) == span if span else not found


def test_a_loose_count_reads_as_a_count():
    assert plain("能推十来个吧") == "能推10个吧"
    assert claims("在杭干个七八年就够了吧") == [(7.0, "年")]


@pytest.mark.parametrize(("question", "quote", "first"), [
    ("第四届数字工匠滨江区能推十来个吧", _QUOTA, "不对"),  # 6 is not near 10
    ("首席技师一共认定三十来个吧", _TOTAL, "不对"),
    ("首席技师一共认定二十来个吧", _TOTAL, "是的"),  # 20 is within 二十来个
    ("首席技师总共认定十几个人吧", _TOTAL, "不对"),
    ("杭州工匠在杭干个七八年就够了吧", "在杭从事本专业技能工作不少于10年", "不对"),
])
def test_a_loose_count_is_checked_against_the_stated_value(question, quote, first):
    assert correction(question, quote).startswith(first)


def test_the_correction_says_the_count_as_the_asker_did():
    assert "十来个" in correction("滨江区能推十来个吧", _QUOTA)
