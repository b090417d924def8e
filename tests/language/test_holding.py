"""A title the speaker holds, read from the title's sentence as a whole (language.holding, held20): the words of
getting, holding and being listed are classes, so each row below uses words the probes did not."""

from __future__ import annotations

import pytest

from assistant.language.holding import MARK, holds, retraction, takes_back

M = MARK


@pytest.mark.parametrize(("clause", "after"), [
    (f"我扛回来一个{M}", ()),  # a verb of getting with its result
    (f"{M}那会儿是省总发的证", ("名单里头有俺",)),  # conferred then, the roll with the speaker in it
    (f"{M}", ("2019年", "证书有")),  # listed as one's own: a year, then its papers
    (f"手里有块{M}的奖牌", ()),  # its papers held
    (f"{M}这块牌子我家里早有了", ()),  # the title as the topic, then had
    (f"大伙都叫我{M}", ("前年那次正式评上的",)),  # a name others call the speaker, then the real getting dated
    (f"{M}", ("2021年获得",)),  # a form's entry: the title, then when it was got
    (f"当年{M}落到我头上", ()),
])
def test_holding_told_anywhere_in_the_sentence(clause, after):
    assert holds(clause, after)


@pytest.mark.parametrize(("clause", "after"), [
    (f"我老婆是{M}", ()),  # someone else's
    (f"我们班组去年评出了三个{M}", ("里面没我",)),  # a collective's winners
    (f"厂里推荐我参评{M}", ("结果没评上",)),  # a candidacy that failed
    (f"{M}是省总工会评的", ()),  # who confers it, no holder
    (f"{M}有什么好处", ()),  # the title as a topic of a question
    (f"还有{M}", ()),  # a programme listed
    (f"我想评{M}", ()),  # a wish
    (f"{M}", ("我在余杭做了十年数控", "有证")),  # a clause about the work ends the window: the 证 is a certificate
    (f"评上{M}", ("孩子上学有加分吗",)),  # a supposition
])
def test_no_holding_by_others_wish_or_topic(clause, after):
    assert not holds(clause, after)


@pytest.mark.parametrize(("clauses", "kind"), [
    (["说错了", "那个是我爱人评的"], "others"),
    (["哦不对", "我自己没有"], "none"),
    (["记错了", "我本人没评过"], "none"),
    (["不对不对", "那是我师父的"], "others"),
])
def test_a_correction_takes_the_title_back(clauses, kind):
    assert takes_back(clauses[0])
    assert retraction(clauses) == kind


def test_no_correction_takes_nothing_back():
    assert retraction(["2020年评的", "我是第二批"]) is None


def test_a_clause_getting_something_else_ends_the_window():
    """dev dlg-s016's shape: a programme named as a heading, then a rank got — no title held."""
    assert not holds(f"老的{M}", ("我2017年省技能大赛拿了第二名", "在余杭做钳工"))
    assert holds(f"{M}", ("2017年拿的",))


def test_a_body_named_with_hui_is_no_future():
    """'市总工会给的': 会 of the 工会 conferring, not 会 of a conferring to come ('下个月会发给我')."""
    assert holds(f"手上一块{M}的牌子是19年省总工会发的", ())
    assert not holds(f"{M}的证书下个月会发给我", ())


@pytest.mark.parametrize("clause", [f"前年当过{M}的评审", f"拿过{M}的奖金补贴吗", f"去年领了{M}的报名表"])
def test_the_title_naming_another_thing_is_none_held(clause):
    assert not holds(clause, ())


@pytest.mark.parametrize("clause", [f"听说第一届{M}评上的每人发五千", f"{M}评上的话有啥待遇", f"据说去年{M}认定的都有补贴"])
def test_the_winners_in_general_or_hearsay_hold_nothing(clause):
    """dev qa-601's shape: '听说首届数字工匠评上的每人有一万块奖金' asks of the reward, no title held."""
    assert not holds(clause, ())


@pytest.mark.parametrize("clause", [f"第四届{M}评上了是发钱", f"首届{M}评上以后就能落户", f"{M}评上了可以加分"])
def test_what_winning_brings_supposes_the_title(clause):
    """dev qp-642: '第四届数字工匠评上了是发钱，还是只发个证书' asks of the reward; 第四届 names the programme."""
    assert not holds(clause, ("还是只发个证书",))


def test_an_edition_said_as_a_time_dates_the_getting():
    assert holds(f"首届的时候评上的{M}", ())
