"""A level said in one turn below the top of a trade said in another (chat.case.trade_top)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.case.trade_top import below_trade_top, graded_trade, trade_top_note
from assistant.chat.turn import respond


@pytest.mark.parametrize(("occupation", "trade"), [
    ("模具钳工", "模具钳工"), ("电焊工", "电焊工"), ("数控车工", "数控车工"),
    ("模具", None), ("汽修", None), ("挡车工", None), ("软件开发", None), (None, None),
])
def test_graded_trade_names_the_trade_outright_or_without_its_gong(occupation, trade):
    assert graded_trade(occupation) == trade


@pytest.mark.parametrize(("level", "derived"), [("技师", True), ("高级工", True), ("高级技师", False), ("none", False)])
def test_a_level_below_the_top_is_derived_once(level, derived):
    s = Session(profile={"occupation": "电焊工", "skill_level": level})
    below_trade_top(s, {"skill_level": level})
    assert ("is_highest_level_of_occupation" in s.profile) is derived
    if derived:
        assert s.profile["is_highest_level_of_occupation"] is False
        assert s.sources["is_highest_level_of_occupation"] == "derived"
        assert "电焊工设有高级技师" in trade_top_note(s)
        assert trade_top_note(s) == ""  # said once


def test_a_top_said_is_never_overwritten():
    s = Session(profile={"occupation": "电焊工", "skill_level": "技师", "is_highest_level_of_occupation": True})
    below_trade_top(s, {"skill_level": "技师"})
    assert s.profile["is_highest_level_of_occupation"] is True


def test_trade_and_level_in_one_message_are_the_extractors():
    s = Session(profile={"occupation": "电焊工", "skill_level": "技师"})
    below_trade_top(s, {"occupation": "电焊工", "skill_level": "技师"})
    assert "is_highest_level_of_occupation" not in s.profile


def _verdict(answer, program):
    return next(v.verdict for v in answer.verdicts if v.program == program)


def test_trade_then_level_fails_zj_and_the_asker_can_put_it_right(deps):
    s = Session()
    respond(s, "浙派工匠，我在金华一家五金厂做模具钳工，干了十八年，在岗一线，总结过一套模具快速换型操作法", deps)
    a = respond(s, "我就是个技师", deps)
    assert _verdict(a, "zj_craftsman_2023") == "not_eligible"
    assert "模具钳工设有高级技师" in a.text
    a = respond(s, "我们这个工种最高就是技师", deps)
    assert s.profile["is_highest_level_of_occupation"] is True
    assert _verdict(a, "zj_craftsman_2023") != "not_eligible"
