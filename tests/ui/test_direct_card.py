"""Under 可直接认定 the alternatives the first place makes unnecessary are no open point: the card and the chat's
逐条核对 list them apart, marked as spared, and a fact only they lack is not "还缺"."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.eligibility.decisive import unneeded
from assistant.eligibility.model import UNNEEDED_MARK, Reason, Verdict
from assistant.notices.tree import load_corpus
from assistant.ui.render import verdict_card

P = "hz_digital_craftsman_2026"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus("corpus")


def _verdict(verdict: str) -> Verdict:
    return Verdict(P, verdict, dt.date(2026, 3, 31), (
        Reason("direct", True, f"{P}#一", "", "个人第一名", kind="direct"),
        Reason("years_field", None, f"{P}#一", "", "未提供从事数字经济行业工作的年限。", kind="soft",
               missing=("years_in_field",)),
        Reason("alt_standards", None, f"{P}#一", "", "未提供主要业绩，无法判断是否符合标准化建设。",
               kind="alternative", missing=("achievements",)),
    ), missing=("years_in_field", "achievements"))


def test_an_open_alternative_is_spared_only_under_direct_recognition():
    direct, review = _verdict("direct_recognition"), _verdict("needs_review")
    assert [r.rule for r in direct.reasons if unneeded(direct, r)] == ["alt_standards"]
    assert not any(unneeded(review, r) for r in review.reasons)


def test_the_card_lists_spared_alternatives_apart_and_drops_their_missing_fact(corpus):
    html = verdict_card(_verdict("direct_recognition"), corpus)
    open_part, spared_part = html.split("直接认定后无需另行满足", 1)
    assert "标准化建设" not in open_part and "标准化建设" in spared_part
    assert UNNEEDED_MARK in spared_part
    missing = html.split("还缺：", 1)[1].split("</div>", 1)[0]
    assert "主要业绩" not in missing and "年限" in missing


def test_a_needs_review_card_still_shows_the_alternative_open(corpus):
    html = verdict_card(_verdict("needs_review"), corpus)
    assert "直接认定后无需另行满足" not in html
    assert "主要业绩" in html.split("还缺：", 1)[1]
