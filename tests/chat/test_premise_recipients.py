"""A sum the notice gives one recipient, said of another: clauses in parallel that each open with their recipient
("对…每人奖励 1万元…，对…单位颁发奖牌") make one noun naming the other recipient enough (chat/premise/subjects.py)."""

from __future__ import annotations

import pytest

from assistant.chat.premise import correction

_ZJ = ("突出贡献浙派工匠和培育突出贡献单位由省政府批准授予并颁发相应证书和奖金。对突出贡献浙派工匠每人奖励 1万元并颁发证书，"
       "对培育突出贡献单位颁发奖牌。")
_HC = ("被认定为首届“杭州工匠”的人员，将授予“杭州工匠”荣誉称号，并颁发证书、奖牌和一次性奖励20000元；对符合条件的，"
       "将同时授予杭州市五一劳动奖章荣誉称号")


@pytest.mark.parametrize("question", ["评上的单位也是奖一万块的吧", "单位奖1万元吧", "培育突出贡献单位也奖励1万元的吧"])
def test_the_other_recipients_sum_is_corrected(question):
    said = correction(question, _ZJ)
    assert said.startswith("不对") and "颁发奖牌" in said, said


@pytest.mark.parametrize(("question", "quote"), [("每人奖一万对吧", _ZJ), ("评上的人每人奖1万吧", _ZJ),
                                                 ("评上的人奖两万块对吧", _HC)])
def test_the_recipients_own_sum_is_agreed_with(question, quote):
    assert correction(question, quote).startswith("是的")
