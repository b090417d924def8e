"""Under 需要人工核实, one alternative not met while another is still open decides nothing: the verdict's first lines
do not say "✗ …不是绝招绝技方面的业绩" of a claim the asker never made; the collapsed card still lists it. Found asking
as a new user ("一九年就退休了 后来又被厂里返聘回去带徒弟 首席技师那次我还能报吗")."""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


def test_an_unmet_alternative_beside_an_open_one_stays_in_the_card(deps):
    answer = respond(Session(), "一九年就退休了 后来又被厂里返聘回去带徒弟 首席技师那次我还能报吗", deps)
    head, _, card = answer.text.partition("<details>")
    assert "需要人工核实" in head
    assert "不是“绝招绝技" not in head
    assert "不是“绝招绝技" in card
