"""The press and broadcast are a channel of their own: a premise handing papers in through one where the notice names
another route is corrected (chat/premise/channels.py MEDIA, read by the hand-in check only)."""

from __future__ import annotations

from assistant.chat.premise import correction

_HC_SELF = "个人可通过市总工会职工技术协作网“杭州工匠”专栏（http://www.hzzgjx.org/）自荐报名。"
_HC_PUBLIC = "社会公示。经专家评审后，通过本市报纸、电视、网络等渠道进行社会公示，通过后进入下一审核程序；"


def test_a_newspaper_is_no_route_the_notice_names():
    said = correction("个人自荐是在杭州日报上报名的吧", _HC_SELF)
    assert said is not None and said.startswith("不对"), said


def test_publicity_through_the_press_is_no_hand_in():
    # the sentence publicises through 报纸、电视: no route papers take, so nothing to correct
    said = correction("社会公示是通过报纸电视网络的吧", _HC_PUBLIC)
    assert said is None or not said.startswith("不对"), said
