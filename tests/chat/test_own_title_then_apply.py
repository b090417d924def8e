"""A title the asker says they hold, then "能申报…吗", is the asker's own check even after a rule question in the same
message: the checker's exclusion row answers it (found by tests/robustness/test_chat_properties.py's hypothesis run)."""

from assistant.chat.state import Session
from assistant.chat.turn import respond


def test_a_held_title_then_can_i_apply_gets_the_verdict(deps):
    answer = respond(Session(), "是工会会员符合首席技师条件吗。我已经被认定为浙江工匠。能申报首届杭州数字工匠吗？", deps)
    verdicts = {v.program: v.verdict for v in answer.verdicts or ()}
    assert verdicts.get("hz_digital_craftsman_2023") == "not_eligible"


def test_a_title_held_by_no_one_in_particular_is_still_a_rule_question(deps):
    answer = respond(Session(), "已经是首席技师了还能评杭州工匠吗", deps)
    assert not answer.verdicts
