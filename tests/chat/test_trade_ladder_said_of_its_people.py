"""The trade's ladder said of its people or as hearsay ("他们工种听说能考到高级技师") is the trade's: it stays in the
reply about the one asked for (chat.case.said.without_others, without_reported)."""

from __future__ import annotations

from assistant.chat.case.said import without_others, without_reported
from tests.chat_support import talk

FIRST = "帮我爸问下浙派工匠 他在舟山一家船厂做船体装配 放样划线那些 干了三十年"


def test_the_ladder_stays():
    said = "高级工，他们工种听说能考到高级技师"
    assert without_reported(said) == said
    assert without_others(said, FIRST) == said


def test_other_hearsay_still_goes():
    assert without_reported("高级工，听说他们都是技师") == "高级工，"


def test_a_rung_above_the_father_s_level_decides(deps):
    _, answers = talk(deps, FIRST, "高级工 他们工种听说能考到高级技师")
    assert answers[-1].verdicts[0].verdict == "not_eligible"
