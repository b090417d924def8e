"""A premise that a step or a paper can be left out ("不用公示吧", "自己不用准备啥材料", "不用搞民主推荐吧"), or that
one thing is enough ("只交推荐表就可以了吧"), is corrected first when the quoted sentence requires it
(chat/premise/route._step_correction); a sentence that waives it, or names it alone, corrects nothing."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise import correction
from assistant.chat.turn import respond

_FIRST = "确定申报人选时应征求本单位员工意见，进行公示。"
_ZJ = "推荐对象须经所在单位民主推荐、领导班子集体研究决定，人事部门审核佐证材料后（需在佐证材料上加盖公章）确定名单"
_D26 = ("请各推荐单位于4月10日前将《第四届“杭州数字工匠”推荐表》(附件)和汇总表、申报支撑材料、相关印证材料等按要求"
        "报送至市总工会经济工作部")
_CT = ("连同申报人的职业资格证书（职业技能等级证书）（可通过网上校验的无需提供）和高技能人才评选表彰项目荣誉证书复印件"
       "盖章后装订成册")


@pytest.mark.parametrize(("question", "quote"), [
    ("单位里定了人选就行，用不着公示吧", _FIRST),
    ("浙派工匠领导班子定下来就好，不需要民主推荐了吧", _ZJ),
    ("光报个推荐表就行了吧", _D26),
    ("只要填好汇总表就可以了吧", _D26),
    ("荣誉证书复印件不需要交了吧", _CT),
])
def test_a_required_step_or_paper_is_corrected(question, quote):
    assert (correction(question, quote) or "").startswith("不对"), correction(question, quote)


@pytest.mark.parametrize(("question", "quote"), [
    ("能网上校验的职业资格证书就不用交了吧", "（可通过网上校验的无需提供）"),  # the sentence waives it too
    ("不用去现场答辩吧", _FIRST),  # the sentence says nothing of 答辩
    ("只要单位推荐就行了吧", "由个人向单位自荐"),  # 单位 named alone, no list
])
def test_a_step_the_sentence_does_not_require_is_left(question, quote):
    assert not (correction(question, quote) or "").startswith("不对")


def test_the_correction_leads_the_answer(deps):
    answer = respond(Session(), "首席技师单位里推荐了就行，公示那一步不用做了吧", deps)
    first = answer.text.splitlines()[0]
    assert first.startswith("不对"), answer.text
    assert any(c.clause_id.startswith("hz_chief_technician_2021#三") for c in answer.citations), answer.text
