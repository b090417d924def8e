"""Winning taken for granted once put forward (premise/certainty.py): corrected with the notice's cap and review."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise.certainty import certainty_premise, says_sure_win
from assistant.chat.turn import respond

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus():
    from assistant.notices.tree import load_corpus

    return load_corpus(ROOT / "corpus")


def test_winning_for_granted_is_said_in_several_ways():
    assert says_sure_win("第四届数字工匠是不是报上去就都能评上 名额够不够")
    assert says_sure_win("首席技师单位推了就算数了吧 后面不用再评了")
    assert says_sure_win("浙派工匠名额有五十个 报上去的应该都能评上吧")
    assert says_sure_win("杭州工匠是不是人人都能评上")


def test_an_own_chance_or_a_plain_count_takes_nothing_for_granted():
    assert not says_sure_win("杭州工匠我能评上吗")
    assert not says_sure_win("第四届数字工匠每个区能推几个")
    assert not says_sure_win("推上去以后还要干什么")


def test_the_cap_and_the_review_of_the_asked_notice_answer(corpus):
    line, said = certainty_premise(corpus, "hz_digital_craftsman_2026", "第四届数字工匠是不是报上去就都能评上 名额够不够")
    assert line.startswith("不对，不是报上去就都能评上")
    ids = [cid for cid, _ in said]
    assert ids == ["hz_digital_craftsman_2026#三/(一)", "hz_digital_craftsman_2026#三/(二)/1/(2)"]
    assert "不超过 4 名" in said[0][1] and "专家评审团队" in said[1][1]
    # the item stating the step, not the heading's own text restating it ("三、组织推荐…组织专家评议")
    _, said = certainty_premise(corpus, "hz_chief_technician_2021", "首席技师单位推了就算数了吧 后面不用再评了")
    assert [cid for cid, _ in said] == ["hz_chief_technician_2021#四", "hz_chief_technician_2021#三/(二)"]
    _, said = certainty_premise(corpus, "zj_craftsman_2023", "浙派工匠名额有五十个 报上去的应该都能评上吧")
    assert "允许奖项空缺" in said[1][1]


def test_a_doubt_of_it_is_agreed_with_and_the_asking_form_is_no_doubt(corpus):
    line, _ = certainty_premise(corpus, "hz_craftsman_2016", "杭州工匠不一定都能评上吧")
    assert line.startswith("对，")
    line, _ = certainty_premise(corpus, "hz_craftsman_2016", "杭州工匠是不是报上去就都能评上")
    assert line.startswith("不对")


def test_asked_as_a_new_user_the_correction_leads_with_both_clauses_cited(deps):
    answer = respond(Session(), "第四届数字工匠是不是报上去就都能评上 名额够不够", deps)
    assert answer.text.startswith("不对，不是报上去就都能评上")
    assert "能否" not in answer.text
    cited = {c.clause_id for c in answer.citations}
    assert {"hz_digital_craftsman_2026#三/(一)", "hz_digital_craftsman_2026#三/(二)/1/(2)"} <= cited


def test_every_place_said_sure_to_be_filled_is_settled_by_a_notice_allowing_empty_places(corpus):
    line, said = certainty_premise(corpus, "zj_craftsman_2023", "浙派工匠一定要评满50名，不能空着名额吧")
    assert line.startswith("不对，名额不一定都评满") and said == [("zj_craftsman_2023#四/(四)", "奖项评审坚持质量标准，允许奖项空缺。")]
    line, _ = certainty_premise(corpus, "zj_craftsman_2023", "浙派工匠评审的时候名额一定会评满吗？")
    assert line.startswith("不一定")  # asked without taking a side
    assert certainty_premise(corpus, "zj_craftsman_2023", "浙派工匠名额会不会空着") is None  # 会不会 asks
    assert certainty_premise(corpus, "hz_craftsman_2016", "杭州工匠30个名额肯定会评满吧") is None  # no notice word on it
