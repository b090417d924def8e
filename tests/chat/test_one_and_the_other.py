""""一个看证书一个看年限": 一个 as a subject with a predicate, paired with another, names two sides in turn and counts
nothing (it was read as a premise of one person and answered "不一定：通知没有写明最大人数"); 一个 before a noun still
says which one, and a 一个 after a verb still counts."""

from __future__ import annotations

import pytest

from assistant.chat.premise.counts import claims


@pytest.mark.parametrize("text", [
    "首席技师跟第四届数字工匠在条件上最大的区别是啥？一个看证书一个看年限是伐",
    "一个要会员，另一个不要对吧",
])
def test_one_and_the_other_count_nothing(text):
    assert claims(text) == []


@pytest.mark.parametrize("text", ["一个区就只能报一个吧", "每个单位只能推一个人是吧"])
def test_a_count_of_one_is_still_a_count(text):
    assert (1.0, "名") in claims(text)


def test_an_object_after_an_a_not_a_word_is_the_thing():
    # "有没有有效期": the 有 of 有效期 is no second yes/no word (the silence read "没有写明有没有是否有效期")
    from assistant.chat.rules.things import thing

    found = thing("有没有有效期")
    assert found.words == ("有效期",) and found.label == "是否有有效期"


def test_every_ask_of_the_seals_is_answered_by_the_forms_rows(deps):
    # "要几个地方签字盖章？本人签不签名，单位盖一个章够不够": both asks are of the form's seals and signatures; the
    # form's rows answer them at once (each ask got the pledge row alone)
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), "第四届推荐表上到底要几个地方签字盖章？本人签不签名，单位盖一个章够不够", deps).text
    assert "共2处盖章、1处本人签名" in answer and "所在单位意见" in answer
