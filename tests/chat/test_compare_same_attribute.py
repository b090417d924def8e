"""A comparison reads its attribute once and looks it up on each side with the same type: a side silent on the
form one side's value takes (a mailbox) still states where things go in another (an office), and a side silent
on an amount of money still states what those recognised get; each is quoted as that side's nearest rule
(chat/compare.py, _silent_side_near)."""

from __future__ import annotations

from assistant.chat.state import Session
from assistant.chat.turn import respond


def _side(answer: str, name: str) -> str:
    return next(line for line in answer.splitlines() if line.startswith(f"【{name}】"))


def test_a_side_naming_no_mailbox_states_the_office_things_go_to(deps):
    answer = respond(Session(), "首届数字工匠是发邮箱的。第四届材料还往那个邮箱发吗，还是要交到别的地方", deps).text
    fourth = _side(answer, "第四届杭州数字工匠")
    assert "没有写明邮箱" in fourth and "市总工会经济工作部" in fourth
    assert "szjjtu@vip.163.com" in _side(answer, "首届杭州数字工匠")


def test_a_side_giving_no_sum_states_what_the_recognised_get(deps):
    answer = respond(Session(), "杭州工匠评上有两万块钱，数字工匠首届评上的有没有钱拿", deps).text
    first = _side(answer, "首届杭州数字工匠")
    assert "没有写明" in first and "证书、奖牌、纪念品" in first
    assert "20000元" in _side(answer, "首届杭州工匠")
