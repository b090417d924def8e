"""A comparison reads its attribute once and looks it up on each side with the same type: a side silent on the
form one side's value takes (a mailbox) still states where things go in another (an office), and a side silent
on an amount of money still states what those recognised get; each is quoted as that side's nearest rule
(chat/comparison/compare.py, _silent_side_near)."""

from __future__ import annotations

from assistant.chat.case.state import Session
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


def test_years_in_the_trade_said_as_nian_tou_compare_the_years_rules(deps):
    # 年头 is the asker's word for 年限 (conditions.toml 工作年限 row): each side quotes its years rule
    answer = respond(Session(), "浙派工匠和首届杭州工匠对干这一行的年头要求差多少", deps).text
    assert "不少于10年" in _side(answer, "首届杭州工匠") and "5年以上" in _side(answer, "突出贡献浙派工匠")


def test_values_spread_one_to_a_side_and_borne_out_are_no_wrong_premise(deps):
    # "一个五年一个十年": one value to each side, as the notices say; neither side is wrong for lacking the other's
    answer = respond(Session(), "浙派工匠和首届杭州工匠对干这一行的年头要求差多少？我师傅说一个五年一个十年，不晓得是不是记反了",
                     deps).text
    assert not answer.startswith("不对")
    assert "不少于10年" in answer and "5年以上" in answer
