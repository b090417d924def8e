"""Two premises a confirmation question takes a side on: that only some may do an act the notice opens to everyone
("只有本单位的职工能提异议吧" against "任何组织和个人均可提出异议"), and that a holder of a barring title may still
apply ("已经是浙江省首席技师了，再报杭州市首席技师也可以的吧" against "…不得申报"). Either way the first sentence says
whether the side taken holds.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_anyone_premise.py
"""

from __future__ import annotations

import pytest

from assistant.chat.premise import anyone_premise, correction

OBJECTIONS = "（二）完善异议处理。公示期间，任何组织和个人均可提出异议。异议应当实事求是并提供明确的异议事由和必要的证明材料。"
UNIT_SHOWING = "推荐对象须经所在单位民主推荐，并在本单位进行脱密公示，公示时间不少于 5个工作日。"


@pytest.mark.parametrize("question, who", [
    ("公示期间只有本单位的职工能提异议吧", "本单位的职工"),
    ("只限候选人所在单位的人才可以提出异议，对吧", "候选人所在单位的人"),
    ("仅有推荐单位有权对人选提异议吧", "推荐单位"),
])
def test_an_act_said_open_only_to_some_is_corrected_from_the_anyone_sentence(question, who):
    line = correction(question, OBJECTIONS)
    assert line is not None and line.startswith("不对，通知写的是“任何组织和个人均可提出异议”"), line
    assert who in line


@pytest.mark.parametrize("question, quote", [
    ("公示期间任何人都可以提异议吧", OBJECTIONS),  # no restriction asserted
    ("只有本单位的职工能提异议吧", UNIT_SHOWING),  # the sentence opens nothing to everyone
    ("只有会员才能报名吧", OBJECTIONS),  # everyone may object, which says nothing of who may apply
])
def test_no_anyone_correction_without_both_sides(question, quote):
    line = correction(question, quote)
    assert line is None or "任何组织和个人" not in line


def test_the_notice_wide_check_quotes_the_deepest_clause(deps):
    found = anyone_premise(deps.corpus, "zj_craftsman_2023", "只有同一个单位的人才能提异议的吧")
    assert found is not None
    line, (clause_id, sentence) = found
    assert line.startswith("不对") and clause_id == "zj_craftsman_2023#六/(二)" and "任何组织和个人" in sentence
    assert anyone_premise(deps.corpus, "zj_craftsman_2023", "公示几天") is None


def test_a_turn_corrects_the_restriction_first_citing_the_clause(deps):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), "浙派工匠公示期间，只有同一个厂的人才能提异议吧？外单位的人不了解情况", deps)
    assert answer.text.startswith("不对，通知写的是“任何组织和个人均可提出异议”"), answer.text
    assert any(c.clause_id == "zj_craftsman_2023#六/(二)" for c in answer.citations)


@pytest.mark.parametrize("question, start", [
    ("已经是浙江省首席技师了，再报杭州市首席技师也可以的吧", "不对，不能。"),  # the premise says may: false
    ("评上浙江省首席技师了，还能报杭州市首席技师的吧", "不对，不能。"),
    ("已经是浙江省首席技师了，不能再报杭州市首席技师了吧", "是的，不能。"),  # the premise says may not: true
    ("已经是浙江省首席技师了，还能报杭州市首席技师吗", "不能。"),  # an open question takes no side
])
def test_a_held_title_premise_is_answered_by_the_side_it_takes(deps, question, start):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), question, deps)
    assert answer.text.startswith(start), answer.text
    assert any(c.clause_id == "hz_chief_technician_2021#一" for c in answer.citations)


VACANCY = "（四）专家评审。省人力社保厅从高技能人才评审专家库中随机抽取产生评审专家。奖项评审坚持质量标准，允许奖项空缺。"


@pytest.mark.parametrize("question, start", [
    ("奖项不能空缺吧", "不对，按通知规定是可以的"),  # 允许 grants as 可以 does
    ("评审不允许奖项空缺吧", "不对，按通知规定是可以的"),
])
def test_a_permission_word_answers_a_premise_that_bars(question, start):
    line = correction(question, VACANCY)
    assert line is not None and line.startswith(start), line


def test_a_bar_said_with_not_allowed_is_no_permission():
    assert correction("也能报吧", "机关工作人员不允许申报。") == "不对，按通知规定不可以：见下面的原文。"
