"""One negation scope for the checker, the conversation and the bench (issue 12): a negation word put before an
achievement covers its first clause as ``language.first_scope`` cuts it (at punctuation and at 但/而且 …), and
negations said in other words (并未, 根本没, 至今未, 不曾, 还没来得及, 没能, 不是我…而是…) deny like 没有. The
phrasings here are not rows of the labelled tables or of the probes; the words-only matcher (the checker's) is asked."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.language import first_scope
from assistant.language.classify import affirmed_parts
from assistant.language.clauses import negated
from tests.language_support import achievement_rows, kinds

NEGATIONS = ("没有", "未", "从未", "从来没", "并未", "不曾", "还没来得及", "没能", "根本没", "至今未", "压根没", "不会", "不能说",
             "更没有")


def _labelled() -> list[str]:
    return [r["text"] for r in achievement_rows() if r["labels"]]


@pytest.mark.parametrize(("text", "scope"), [
    ("主持修订了一项行业标准，还带了三个徒弟", "主持修订了一项行业标准"),
    ("搞过两项技改但是没评上奖", "搞过两项技改"),
    ("拿了市里的技术能手而且带徒弟", "拿了市里的技术能手"),
    ("", ""),
])
def test_the_first_scope_ends_where_the_clauses_end(text, scope):
    assert first_scope(text) == scope


@settings(deadline=None)
@given(st.sampled_from(NEGATIONS), st.sampled_from(_labelled()))
def test_any_negation_before_a_labelled_achievement_matches_nothing(prefix, text):
    assert not kinds(prefix + first_scope(text))


@settings(deadline=None)
@given(st.sampled_from(_labelled()))
def test_a_disowned_achievement_matches_nothing(text):
    assert not kinds(f"{first_scope(text)}，这个不是我搞的，而是车间主任弄的")


@pytest.mark.parametrize("text", [
    "并未拿到过任何技能等级证书",
    "根本没搞过什么技术改造",
    "至今未主持过标准的修订",
    "压根没带过学徒",
    "一直未能把这套手法整理出来",
    "仍未获得省级以上奖项",
])
def test_a_negation_glued_to_an_adverb_denies(text):
    assert negated(text)
    assert not kinds(text)


@pytest.mark.parametrize("text", ["手艺还不错", "徒弟也不少", "还有两项发明专利", "并且获得了实用新型专利", "都是我带出来的"])
def test_an_adverb_before_no_negation_denies_nothing(text):
    assert not negated(text)


@pytest.mark.parametrize("text", [
    "那套检测工装不是我设计的，而是厂家派人做的",
    "企业标准不是我主持的，而是质量部牵头编的",
    "攻关项目跟我没什么关系，是研发部搞的",
    "带徒弟那个事与我无关",
])
def test_a_deed_disowned_supports_nothing(text):
    assert not kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("不是领导让我做的，而是我自己牵头起草了企业标准", "standards"),
    ("不是科室安排的，而是本人主动带了五个徒弟", "training"),
])
def test_what_the_speaker_did_instead_still_counts(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "以前想牵头做产线自动化改造，后来没批",
    "一直想着申请个发明专利",
    "也想过编一本操作手册",
])
def test_a_wish_is_no_achievement(text):
    assert not affirmed_parts(text) or not kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("想办法攻克了主轴过热的难题", "innovation"),
    ("想出了一套快速对中的操作法，在班组推广", "method"),
])
def test_thinking_something_up_is_a_deed(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text, denied", [
    # the piece after 也 is found by its position, not by its words: the second 没搞过 follows 也, the first does not
    ("啥改造都没搞过而且啥标准也没搞过", "啥标准"),
    ("徒弟没带过而且一个徒弟也没带过", "一个徒弟"),
    ("标准没参与过但是行业标准也没参与过", "行业标准"),
])
def test_piece_after_ye_is_read_at_its_own_place(text, denied):
    from assistant.language import clauses

    assert [c.negated for c in clauses(text) if c.text == denied] == [True]
