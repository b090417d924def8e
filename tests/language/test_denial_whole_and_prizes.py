"""deny20: a denial that names achievements as a whole beside kinds (成果证书奖项统统没有) reaches every alternative,
nothing made told as a story (没弄出啥东西, 没搞出什么像样的东西, 乏善可陈) is a denial of everything, and a prize or a
contest denied in any words (奖从来没拿过, 比赛啥的轮不到我们) is a prize word (``denials.json`` general, nothing, empty,
prizes)."""

from __future__ import annotations

import pytest

from assistant.language.classify import denied_only
from assistant.language.denials import names_prizes, names_whole, says_nothing


@pytest.mark.parametrize("text", ["竞赛名次、证书、奖项、成果统统没有", "成果奖项啥的也都没有", "业绩、证书都没有",
                                  "标准、建树都谈不上"])
def test_the_whole_named_beside_kinds_reaches_every_alternative(text):
    assert names_whole(text)
    assert denied_only([text]) is None


@pytest.mark.parametrize(("text", "kinds"), [
    ("没有参与过标准制定，也没有技术革新成果", {"standards", "innovation"}),
    ("成果转化没有", {"transfer"}),
    ("带徒成果也谈不上", {"training"}),
    ("标准没写过，证书也没考", {"standards", "certificate"}),
])
def test_a_kinds_own_results_stay_that_kinds(text, kinds):
    assert denied_only([text]) == kinds


@pytest.mark.parametrize("clause", ["也没搞出什么像样的东西", "没弄出啥东西", "没鼓捣出啥名堂", "业绩上也乏善可陈",
                                    "这么多年一事无成", "其他的也都是空的", "没做出什么拿得出手的"])
def test_nothing_made_told_as_a_story_says_nothing(clause):
    assert says_nothing(clause)


@pytest.mark.parametrize("clause", ["搞出了不少东西", "没搞出什么新东西", "做出来的东西都很像样"])
def test_a_deed_or_a_kind_is_not_nothing(clause):
    assert not says_nothing(clause)


@pytest.mark.parametrize("clause", ["奖从来没拿过", "什么奖都没评上", "证书奖状一张都没有", "比赛啥的轮不到我们",
                                    "没参加过比赛", "名次一个没有"])
def test_a_prize_or_a_contest_is_named(clause):
    assert names_prizes(clause)


@pytest.mark.parametrize("clause", ["没拿过科技奖", "科学技术奖没有", "奖金没拿过", "标准没参与过"])
def test_a_science_award_or_a_bonus_is_no_prize_of_a_contest(clause):
    assert not names_prizes(clause)
