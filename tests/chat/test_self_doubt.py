"""A rule taken for granted and the asker's conclusion from it (batch s dev, qa-790): "国家级技能大赛拿过第二名…杭州
工匠要在杭干满十年的，我这种肯定不行了是吧" was answered "是的，与通知规定一致" (and the rule's 十年 read as the
asker's own years, a conflict with 六年). The rule is right; the conclusion is not, since 条件4 waives the years."""

from __future__ import annotations

from tests.chat_support import ask_cited

DOUBT = "我国家级技能大赛拿过第二名，不过来杭州才干了六年。杭州工匠要在杭干满十年的，我这种肯定不行了是吧，只好再等四年"


def test_an_exemption_the_asker_meets_corrects_their_conclusion_first(deps):
    answer, ids = ask_cited(deps, DOUBT)
    first = answer.text.splitlines()[0]
    assert first.startswith("不对") and "不受工作年限的限制" in first and "国家级技能大赛的前3名" in first
    assert "hz_craftsman_2016#三/(二)/4" in ids
    assert "两者矛盾" not in answer.text  # the rule's 十年 is no fact of the asker's


def test_without_the_exemption_the_rule_is_still_agreed_with(deps):
    answer, _ = ask_cited(deps, "我来杭州才干了六年。杭州工匠要在杭干满十年的，我这种肯定不行了是吧")
    assert not answer.text.splitlines()[0].startswith("不对")
