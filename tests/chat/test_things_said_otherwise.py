"""A thing the askers name in other words than the notice (收回/取消/吊销 a 称号 for 撤销…所获表彰奖励) is still held
by the notice's sentence: the yes/no answer quotes it instead of saying the notice is silent (batch j dev qa-582)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.things import holding_units, thing
from assistant.chat.turn import respond


@pytest.mark.parametrize("question", ["突出贡献浙派工匠评上了，称号以后会不会被收回？", "浙派工匠的称号会被吊销吗",
                                      "浙派工匠获评以后还能被取消称号吗"])
def test_the_notice_sentence_holding_it_in_its_own_words(deps, question):
    units = holding_units(deps.corpus, "zj_craftsman_2023", thing(question))
    assert any(cid == "zj_craftsman_2023#六/(三)" for cid, _ in units)
    answer = respond(Session(), question, deps)
    assert "zj_craftsman_2023#六/(三)" in [c.clause_id for c in answer.citations]
    assert "没有写明" not in answer.text.split("\n")[0]


def test_a_notice_that_has_no_such_sentence_still_says_so(deps):
    answer = respond(Session(), "首席技师的称号会被收回吗", deps)
    assert "没有写明" in answer.text.split("\n")[0] and not answer.citations


@pytest.mark.parametrize(("words", "text", "held"), [
    (("市级", "未来工厂"), "省级隐形冠军企业、省未来工厂、市未来工厂、省级工业互联网平台", True),  # 市级 said as 市
    (("省级", "隐形冠军企业"), "省级隐形冠军企业、省未来工厂", True),  # and as written
    (("市级", "未来工厂"), "省未来工厂、获得过市级职业技能大赛第1名", False),  # 市级 beside no 未来工厂 of its own
])
def test_a_level_adjective_is_read_with_the_word_it_qualifies(words, text, held):
    from assistant.chat.rules.things import Thing, holds_thing

    assert holds_thing(Thing(words, "".join(words)), text) is held


def test_a_certificate_one_can_look_up_online_is_the_one_checked_online(deps):
    # 网上能查到 is the notice's 可通过网上校验 (…无需提供): the answer quotes it, not the notice's silence
    question = "首席技师证书网上能查到的 复印件还要交吗"
    units = holding_units(deps.corpus, "hz_chief_technician_2021", thing(question))
    assert any(cid == "hz_chief_technician_2021#三/(二)" for cid, _ in units)
    answer = respond(Session(), question, deps)
    assert "可通过网上校验的无需提供" in answer.text and "没有写明" not in answer.text.split("\n")[0]
