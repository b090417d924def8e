"""Negation scope completeness (issue 13): modal negators (不会, 不能, 不太会, 更不会), a quantifier + 都 + negation that
takes the list before it as its object (across the comma, and a spoken 啊/呀 list), and what stays affirmed (an A-not-A
question, a relative clause 别人不会的…, 不用机器代替 = by hand). Phrasings are not the probes' (frag5) sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.language.clauses import affirmed, clauses, negated, says_none


@pytest.mark.parametrize("clause", [
    "工艺改进我不会搞", "专利这东西我不太会弄", "课我不能上", "标准那是更不会写了", "成果不能算有", "总结操作法不怎么会",
])
def test_a_modal_negator_denies(clause):
    assert negated(clause)


@pytest.mark.parametrize("clause", [
    "能不能报首席技师", "我会不会被刷下来", "这个算不算攻关", "他们都不会的焊法我会", "从来不靠机器代替人工雕刻",
    "坚持不用模具替代手工成型", "我会编程序",
])
def test_a_question_a_relative_clause_or_by_hand_denies_nothing(clause):
    assert not negated(clause)


@pytest.mark.parametrize("text", [
    "培训、带徒、攻关，这几样我都没沾过",
    "革新啊改造啊标准啊，一项都没有",
    "专利、论文，都没有",
    "编教材、讲课也都没干过",
    "带徒没正式带过，标准就更不会了",
    "技改我不会，成果转化也不会",
])
def test_every_item_of_a_denied_list_is_denied(text):
    assert says_none(text), clauses(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("带过三个徒弟，一个都没出师", "带过三个徒弟"),            # a single deed, its own object after the negation
    ("徒弟带过几个，都没拿过奖", "徒弟带过几个"),             # a new object (拿过奖) after 都没: not the list's
    ("标准没编过，倒是搞成了两个技改", "倒是搞成了两个技改"),  # a partial denial keeps its affirmed part
])
def test_a_denial_after_a_deed_keeps_the_deed(text, kept):
    assert kept in affirmed(text)


@settings(deadline=None, max_examples=40)
@given(st.lists(st.sampled_from(["标准", "专利", "技改", "攻关", "论文", "操作法"]), min_size=2, max_size=4, unique=True),
       st.sampled_from(["呀", "啊", "、"]), st.sampled_from(["一样都没有", "这些都没有", "都没有", "一个也没有", "这几样都没搞过"]))
def test_any_spoken_list_then_a_quantified_denial_says_none(items, sep, denial):
    listed = sep.join(items) + (sep if sep != "、" else "")
    assert says_none(f"{listed}，{denial}")


@pytest.mark.parametrize(("clause", "deed"), [
    ("不过自己动手做了一套上料的小工装", True),   # jieba tags 动手做 an idiom; the aspect 了 after it says done
    ("倒是把老机床的控制柜翻新了一遍", True),
    ("就是带出过七八个徒弟", True),
    ("证书就一个中级职称", False),                # a thing held, no deed
    ("就一个高级工", False),
])
def test_a_deed_is_told_by_its_verb_or_aspect(clause, deed):
    from assistant.language.doing import tells_deed

    assert tells_deed(clause) is deed
