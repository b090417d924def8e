"""Who does it, by level of government: a premise naming the level ("浙派工匠奖金是市里发的吧") is checked against the
bodies acting in the notice's sentence on that act, and a choice between levels or ways of handing in ("证书是省里发还是
市里发", "交纸质的还是电子的") leads with the side the quoted sentence bears out. Phrasings here are not the probe rows.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_level_premise.py
"""

from __future__ import annotations

import pytest

from assistant.chat.rules.choice import choice_lead, level_premise
from tests.chat_support import ask_cited

ZJ_AWARD = "突出贡献浙派工匠和培育突出贡献单位由省政府批准授予并颁发相应证书和奖金。"
CHIEF_FORMS = "以上材料均需纸质材料和电子文档各一份。"
HZ_ONLINE = "个人可通过市总工会职工技术协作网“杭州工匠”专栏（http://www.hzzgjx.org/）自荐报名。"


@pytest.mark.parametrize("question, quote, lead", [
    ("浙派工匠的证书到底是省里颁发还是市里颁发", ZJ_AWARD, "是省里（通知写的是省政府）"),
    ("首席技师材料交纸质版还是电子版", CHIEF_FORMS, "纸质和电子的都要"),
    ("杭州工匠是在网上自荐还是去现场报名", HZ_ONLINE, "是网上"),
])
def test_a_choice_leads_with_the_side_the_quote_bears_out(question, quote, lead):
    assert (choice_lead(question, quote) or "").startswith(lead)


@pytest.mark.parametrize("question, quote", [
    ("浙派工匠奖金发到个人还是发到单位", ZJ_AWARD + "对突出贡献浙派工匠每人奖励 1万元并颁发证书，对培育突出贡献单位颁发奖牌。"),
    ("浙派工匠的证书是省里颁发还是市里颁发", "对突出贡献浙派工匠每人奖励 1万元并颁发证书。"),  # names no body
])
def test_no_lead_where_the_quote_does_not_settle_the_choice(question, quote):
    assert choice_lead(question, quote) is None


@pytest.mark.parametrize("program, question, start, clause", [
    ("zj_craftsman_2023", "浙派工匠的奖金应该是市里发放的吧", "不对，不是市里，通知写的是由省政府", "zj_craftsman_2023#五"),
    ("zj_craftsman_2023", "浙派工匠最后是省里批准的对吧", "是的，是省里（通知写的是省政府）", "zj_craftsman_2023#四/(六)"),
    ("zj_craftsman_2023", "浙派工匠的评审专家是各市自己挑的吧", "不对，不是各市，通知写的是由省人力社保厅", "zj_craftsman_2023#四/(四)"),
    ("hz_digital_craftsman_2026", "第四届数字工匠的名单应该是省里审定的吧",
     "不对，不是省里，通知写的是由市总工会、市人力社保局", "hz_digital_craftsman_2026#三/(二)/1/(3)"),
    ("hz_chief_technician_2021", "首席技师是区里评的吧", "不全是区里，通知写到的还有市各主管部门",
     "hz_chief_technician_2021#三/(二)"),
])
def test_a_level_premise_is_checked_against_the_bodies_acting(deps, program, question, start, clause):
    found = level_premise(deps.corpus, program, question)
    assert found is not None and found[0].startswith(start) and found[1][0] == clause, found


@pytest.mark.parametrize("program, question", [
    ("hz_craftsman_2016", "杭州工匠的证书是省里发的吧"),  # the notice names no body giving it
    ("zj_craftsman_2023", "浙派工匠是省里评还是市里评"),  # a choice, not a premise
    ("zj_craftsman_2023", "浙派工匠奖金一万对吧"),  # no level said
])
def test_no_level_premise_where_none_is_asserted_or_settled(deps, program, question):
    assert level_premise(deps.corpus, program, question) is None


def test_a_level_premise_is_corrected_first_in_the_answer(deps):
    answer, cites = ask_cited(deps, "浙派工匠的证书是市里颁发的吧？")
    assert answer.text.startswith("不对，不是市里") and "zj_craftsman_2023#五" in cites, answer.text


def test_a_choice_where_both_levels_act_says_both():
    quote = "区、县(市)人力社保部门及市各主管部门、行业协会组织专家对申报人选进行评议，公示无异议的，按推荐名额进行报送"
    assert (choice_lead("首席技师的评议是区里组织还是市里组织", quote) or "").startswith("区里和市里都有")
