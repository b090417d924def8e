"""An echoed question answered past a clause of reason (round 10, ext16): "工会？我们厂小，压根没成立过" to the union
question. Without the echo the answer has no object, so the union the echo and the answer say together is kept
(杭州工匠 必须是工会会员: not eligible)."""

from __future__ import annotations

from tests.chat_support import talk

FIRST = "杭州工匠那个我想问问，我在余杭一家机械厂做钳工，九五年进厂一直干到现在，天天在车间，前几年还拿过杭州市钳工比赛第一名"


def test_echo_with_a_reason_between_answers_the_union(deps):
    session, answers = talk(deps, FIRST, "工会？我们厂小，压根没成立过")
    assert session.profile.get("union_member") is False
    assert answers[-1].verdicts[0].verdict == "not_eligible"


def test_echo_then_a_question_back_answers_nothing(deps):
    session, _ = talk(deps, FIRST, "工会？啥意思")
    assert session.profile.get("union_member") is None
