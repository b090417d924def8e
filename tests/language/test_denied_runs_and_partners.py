"""Two ways one denial covers a list the asker types without 都/也: a spaced run of the alternatives' own nouns gathered
by a demonstrative before its negated predicate (标准 攻关 智能体这些大事轮不到我), and a 、 partner whose claim rests only
on a negation that alone denies nothing (没有竹编的鱼篓、蟹笼现在没人会编了) under the head's 没有."""

import pytest

from assistant.language import achievement_kinds
from assistant.language.clauses import clauses, denied_parts


@pytest.mark.parametrize("text", [
    "标准 攻关 智能体这些大事轮不到我",
    "技改 操作法 新技术转化 数字化这些跟我都不沾边",
    "证书 奖项 比赛这些东西从来没我的份",
    "带徒 革新 操作法这几样谈不上",
])
def test_a_spaced_run_gathered_before_its_denial_is_denied_whole(text):
    assert all(c.negated for c in clauses(text)), [(c.text, c.negated) for c in clauses(text)]


@pytest.mark.parametrize("text", [
    "标准 攻关 智能体这些我都做过",  # gathered, but affirmed
    "标准 攻关 智能体这些大事我都牵头干过",
])
def test_a_gathered_run_that_is_affirmed_stays_said(text):
    assert not any(c.negated for c in clauses(text))


@pytest.mark.parametrize("text", [
    "没有竹编的老式鱼篓、蟹笼现在没人会编了",
    "从来没有手工打的铜壶、锡器现在厂里没人会做",
])
def test_a_partner_claiming_only_by_a_benign_negation_shares_the_head_denial(text):
    assert achievement_kinds(text, use_model=False) == {}
    assert clauses(text)[-1].shared


@pytest.mark.parametrize("text, kinds", [
    ("竹编的老式鱼篓、蟹笼现在没人会编了，就我还在编", {"knack"}),  # no head 没有: the claim stands
    ("没有专利、徒弟带了五个", {"training"}),  # a partner with a claim of its own keeps it
])
def test_a_partner_with_its_own_claim_or_no_head_denial_keeps_it(text, kinds):
    assert kinds <= set(achievement_kinds(text, use_model=False))


def test_the_extractors_comma_cut_parts_see_the_gathered_denial():
    assert denied_parts(("会员", "标准", "攻关", "智能体这些大事轮不到我")) == (False, True, True, True)
    assert denied_parts(("带了五个徒弟", "智能体这些大事轮不到我")) == (False, True)


def test_a_kind_noun_with_its_own_ye_denial_closes_the_spaced_run():
    # "标准化没参与过 技术攻关 智能体也没搞过": the 也 sets the run beside the denial before it
    assert denied_parts(("标准化没参与过", "技术攻关", "智能体也没搞过")) == (True, True, True)
    assert denied_parts(("带了五个徒弟", "证书也没有")) == (False, True)
    assert denied_parts(("会员", "证书也没有")) == (False, True)


@pytest.mark.parametrize("text, craft", [
    ("竹蒸笼、木饭甑这些老东西，我到现在还在一只只手工箍", True),  # the hand-making verbs of the old trades
    ("灯笼骨架全靠手工扎，再一层层手工糊绢", True),
    ("报表都是手工修改的", False),  # 修改 is editing, not mending by hand
    ("做了二十年皮鞋，鞋帮全靠手工缝线", False),  # sewing by hand is any factory's: a knack, not a trade's craft
])
def test_hand_making_verbs_of_the_old_trades_read_as_craft(text, craft):
    assert ("craft" in achievement_kinds(text, use_model=False)) is craft


@pytest.mark.parametrize("text, joined", [
    ("会员 没评过 第四届 标准 革新没有 证书奖项也没有", "标准、革新没有"),
    ("标准 专利没搞过", "标准、专利没搞过"),
])
def test_a_denied_spaced_run_is_one_list_before_spaces_end_clauses(text, joined):
    # a terse writer's spaces end clauses; a run of kind nouns before its denial stays one list, so the bare 标准 is
    # denied with 革新 rather than dropped as a clause that says nothing
    import datetime as dt

    from assistant.extract import extract

    assert extract(text, dt.date(2026, 11, 21)).profile["achievements"] == [joined]
