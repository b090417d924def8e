"""A comparison naming each side's own word ("杭州工匠讲绝活那一条跟首席技师讲绝招那一条") quotes, for each side, the
clause of its notice holding that word (chat.comparison.side_terms)."""

from assistant.chat.case.state import Session
from assistant.chat.comparison.side_terms import named_sides
from assistant.chat.turn import respond

C16, CT = "hz_craftsman_2016", "hz_chief_technician_2021"


def test_each_side_is_the_clause_holding_its_own_word(deps):
    sides = named_sides(deps.corpus, "杭州工匠写的绝技绝活那条，和首席技师写的绝招绝技那条，有啥不一样", [C16, CT])
    assert [(p, cid) for p, cid, _ in sides] == [(C16, f"{C16}#三/(二)/1"), (CT, f"{CT}#二/(二)")]


def test_a_side_without_its_own_word_leaves_the_comparison_to_the_ranking(deps):
    assert named_sides(deps.corpus, "杭州工匠和首席技师对绝活的要求有啥不一样", [C16, CT]) is None
    assert named_sides(deps.corpus, "杭州工匠讲吃苦那一条跟首席技师讲绝招那一条差在哪", [C16, CT]) is None


def test_the_answer_quotes_both_sides_and_no_quota(deps):
    answer = respond(Session(), "我是做木雕的，杭州工匠讲绝活那一条跟首席技师讲绝招那一条，到底差在哪里", deps)
    assert "同行业最高生产、销售记录" in answer.text and "产品质量创造了同行业最高水平" in answer.text
    assert "推荐名额" not in answer.text
