"""Known bug, found by tests/robustness/test_chat_properties.py's hypothesis run on a fresh clone (present before round
fourteen): a rule question, then a title the asker says they hold, then "能申报…吗" is answered as notice QA with no
verdict. The own-title path (tests/chat/test_apply_again_own_title.py) carries the checker's verdict when the message
asks only that; with a rule question about another programme in front it did not (round 18: the case is now checked on
the programmes the apply ask names, chat.rules.case_rule.apply_ask_programs, and its line leads the answer)."""

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


def test_a_held_title_then_can_i_apply_gets_the_verdict(deps):
    answer = respond(Session(), "是工会会员符合首席技师条件吗。我已经被认定为浙江工匠。能申报首届杭州数字工匠吗？", deps)
    verdicts = {v.program: v.verdict for v in answer.verdicts or ()}
    assert verdicts == {"hz_digital_craftsman_2023": "not_eligible"}  # not the other programme asked about
    assert answer.text.startswith("按您说的情况核对：") and "不符合条件" in answer.text.splitlines()[1], answer.text[:300]


@pytest.mark.parametrize("text", ["我已经是杭州数字工匠了 第四届能重复报吗", "我是浙江工匠 第四届数字工匠可以重复申报不"])
def test_a_held_title_and_may_i_apply_again_gets_the_verdict(deps, text):
    answer = respond(Session(), text, deps)
    assert {v.program: v.verdict for v in answer.verdicts or ()} == {"hz_digital_craftsman_2026": "not_eligible"}


def test_applying_again_without_a_case_stays_a_rule_question(deps):
    assert not respond(Session(), "能重复申报吗", deps).verdicts


def test_the_programmes_of_the_apply_ask():
    from assistant.chat.routing import route
    from assistant.chat.rules.case_rule import apply_ask_programs

    both = ("hz_chief_technician_2021", "hz_digital_craftsman_2023")
    text = "是工会会员符合首席技师条件吗。我已经被认定为浙江工匠。能申报首届杭州数字工匠吗？"
    assert apply_ask_programs(text, both, lambda s: route(s).programs) == ("hz_digital_craftsman_2023",)
    assert apply_ask_programs("首届数字工匠和首席技师我能报吗", both, lambda s: route(s).programs) == ()
