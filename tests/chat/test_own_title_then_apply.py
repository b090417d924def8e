"""Known bug, found by tests/robustness/test_chat_properties.py's hypothesis run on a fresh clone (present before round
fourteen): a rule question, then a title the asker says they hold, then "能申报…吗" is answered as notice QA with no
verdict. The own-title path (tests/chat/test_apply_again_own_title.py) carries the checker's verdict when the message
asks only that; with a rule question about another programme in front, it does not. Kept as a strict xfail until fixed."""

import pytest

from assistant.chat.state import Session
from assistant.chat.turn import respond


@pytest.mark.xfail(strict=True, reason="a rule question in front drops the verdict of the own-title ask (round 14)")
def test_a_held_title_then_can_i_apply_gets_the_verdict(deps):
    answer = respond(Session(), "是工会会员符合首席技师条件吗。我已经被认定为浙江工匠。能申报首届杭州数字工匠吗？", deps)
    verdicts = {v.program: v.verdict for v in answer.verdicts or ()}
    assert verdicts.get("hz_digital_craftsman_2023") == "not_eligible"
