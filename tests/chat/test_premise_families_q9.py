"""Families of premises checked against the quoted clause (chat/premise/, chat/premise/step_order.py): two counts in one
premise each keep their own noun; a count of steps is a count; an address's building and street number are
identifiers, no day of a month; a share asserted beside the age that marks it is the share checked; a share said
in words has its subject; "X在Y之前/之后" asserts an order."""

from __future__ import annotations

import pytest

from assistant.chat.premise import claims, correction
from assistant.chat.premise.step_order import asserted_order

_D1_TOTAL = "计划认定首届“杭州数字工匠”50名、“杭州数字工匠”提名奖10名（获得提名奖的人员今后可继续参评“杭州数字工匠”）。"
_HC_STEPS = "按照资格审核、专家评审、社会公示、领导小组审定等四个环节进行。"
_CT_ADDRESS = "联系人：王诗赞，联系电话（传真）：0571-87258538\n通信地址：解放东路 18 号市民中心 D 座 1818 室"
_D4_SHARES = ("推荐对象向一线和青年技能人才倾斜,一线技能人才认定比例不低于 70%,40 周岁以下青年技能人才认定比例不低于 35%。")


@pytest.mark.parametrize(("question", "first"), [
    ("认定50名数字工匠和10名提名奖对吧", "是的"),  # 50's noun is not the next value's 提名
    ("认定50名数字工匠和20名提名奖对吧", "不对，通知写的不是20名，而是10名"),
    ("认定60名数字工匠和10名提名奖对吧", "不对，通知写的不是60名，而是50名"),
])
def test_two_counts_in_one_premise_keep_their_nouns(question, first):
    assert correction(question, _D1_TOTAL).startswith(first)


def test_a_count_of_steps_is_a_count():
    assert claims("评审分三个环节对吧") == [(3.0, "环节")]
    assert correction("评审分三个环节对吧", _HC_STEPS).startswith("不对")
    assert correction("一共四个环节对吧", _HC_STEPS).startswith("是的")


@pytest.mark.parametrize(("question", "said"), [
    ("材料交到市民中心C座的对吧", "楼座不是C，而是D"),
    ("材料寄到解放东路28号对吧", "门牌号不是28，而是18"),
])
def test_an_address_is_checked_by_its_parts(question, said):
    assert said in correction(question, _CT_ADDRESS)


def test_a_street_number_is_no_day():
    assert claims("寄到解放东路28号对吧") == []


@pytest.mark.parametrize(("question", "stated"), [
    ("40岁以下的青年占比不低于五成吧", "而是35%"),  # the share is asserted, not an age cap
    ("四十岁以下青年人才要占一半对吧", "而是35%"),  # 一半 is said of the 青年
    ("一线技能人才占一半以上就行了吧", "而是70%"),
])
def test_a_share_is_checked_against_its_own_groups(question, stated):
    said = correction(question, _D4_SHARES)
    assert said.startswith("不对") and stated in said, said


@pytest.mark.parametrize(("question", "order"), [
    ("领导小组审定在专家评审之前吧", ("审定", "评审")),
    ("社会公示在专家评审之后对吧", ("评审", "公示")),
    ("社会公示排在领导小组审定后面的吧", ("审定", "公示")),
])
def test_an_order_said_with_before_or_after(question, order):
    assert asserted_order(question) == order
