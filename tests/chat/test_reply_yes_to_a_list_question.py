"""A reply opening with a bare yes ("对，…") to "主要业绩有哪些": the yes confirms something else (the post), so it
is no achievement; only a deed after it answers the question.

Found on a blind dev dialogue: a 机修钳工 answered "对，还在车间修机器" (confirming the front-line post) and every
alternative then read "材料提到“对”…由评审认定"."""

from __future__ import annotations

from tests.chat_support import talk

FIRST = "我在临平一个家纺厂做机修钳工，高级技师，修绣花机和织机，在浙江干了十五年，一直在车间。浙派工匠我够不够格？"


def test_a_yes_and_a_routine_duty_is_no_achievement(deps):
    session, (_, answer) = talk(deps, FIRST, "对，还在车间修机器")
    assert not session.profile.get("achievements")
    assert "材料提到“对”" not in answer.text


def test_a_deed_after_the_yes_is_the_achievement_without_the_yes(deps):
    session, _ = talk(deps, FIRST, "对，我改进过绣花机的送料机构，断线率降了一半")
    said = "".join(session.profile.get("achievements") or [])
    assert "送料机构" in said and not said.startswith("对")


def test_one_predicate_reads_the_yes_and_the_deed_after_it():
    """chat.case.replies.yes_to_another decides for both readers (the bare reply and the reply beside the message's
    other facts): one list of yes words, one test of a deed after it."""
    from assistant.chat.case.replies import yes_opening, yes_to_another

    assert yes_opening("对啊，一直在车间") == "一直在车间" and yes_opening("对接过三条产线") is None
    assert yes_to_another("是的 一直在浙江") and yes_to_another("对，还在车间修机器")
    assert not yes_to_another("对，带过三个徒弟") and not yes_to_another("嗯，搞过一个技改，省了20万")
    assert not yes_to_another("对。") and not yes_to_another("一直在车间")
