"""A premise is read however it is asserted: midway through the message ("…没限制吧，返聘的也能报？"), with the
rule's own floor ("要求高级技师以上证书"), beside a title not won ("没评上…还能再报"), or beside a topic no notice
covers ("…对吧，评上能落户吗"). Phrasings here are not the probe rows (eval/labels/qa_probe.jsonl qp-950…).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_paraphrase_premises.py
"""

from __future__ import annotations

import pytest

from assistant.chat.premise import correction
from assistant.chat.routing import confirms
from assistant.chat.rules.combining import held_title_span
from tests.chat_support import ask_cited

CHIEF_LEVEL = ("申报杭州市首席技师认定的人员应当具有技师及以上国家职业资格证书（职业技能等级证书），政治素质好，"
               "且在生产第一线工作，并具备下列条件之一：")
ZJ_LEVEL = "取得高级技师以上职业资格（职业技能等级）或本职业（工种）最高职业资格（职业技能等级）"


@pytest.mark.parametrize("text, asks", [
    ("首届杭州工匠对入不入工会没讲究吧，没入会的也能报？", True),
    ("第四届是4月30号截止吧，我现在交还来得及吗", True),
    ("浙派工匠每次评50个对吧", True),
    ("应该算吧，我还想问问名额有多少", False),  # a hedged answer, then a question: nothing asserted
    ("首席技师要交哪些材料，原件要不要给", False),
])
def test_a_premise_asserted_midway_is_a_confirmation(text, asks):
    assert confirms(text) is asks


@pytest.mark.parametrize("question, quote, start", [
    ("听人讲首席技师门槛是高级技师以上，是吧", CHIEF_LEVEL, "不对，通知写的是“技师及以上”，不是非要“高级技师”"),
    ("浙派工匠技师及以上就够格了吧", ZJ_LEVEL, "不对，通知写的是“高级技师以上”，“技师”还不够"),
    ("首席技师有高级工证书就能报了吧", CHIEF_LEVEL, "不对，通知写的是“技师及以上”，“高级工”还不够"),
])
def test_a_level_premise_is_read_by_the_floor_it_states(question, quote, start):
    assert (correction(question, quote) or "").startswith(start)


def test_a_floor_said_as_the_notice_says_it_is_not_corrected():
    assert not (correction("首席技师技师及以上就能报吧", CHIEF_LEVEL) or "").startswith("不对")


@pytest.mark.parametrize("text", [
    "首届杭州工匠我没评上，第四届数字工匠还能报吗",
    "去年没有评上杭州工匠，今年还能再报首席技师吗",
    "还没拿到首席技师称号，浙派工匠能不能报",
])
def test_a_title_not_won_is_no_title_held(text):
    assert held_title_span(text) is None


def test_a_title_won_is_still_held():
    assert held_title_span("评上杭州工匠了还能报第四届数字工匠吗") is not None


def test_a_premise_beside_an_uncovered_topic_is_corrected_first(deps):
    answer, cited = ask_cited(deps, "杭州工匠奖金是一万对吧，评上了能落户吗")
    assert answer.text.startswith("不对")
    assert "20000元" in answer.text and "落户" in answer.text and "没有写明" in answer.text
    assert "hz_craftsman_2016#七" in cited


def test_a_premise_asserted_midway_on_a_kind_of_applicant_is_corrected(deps):
    answer, cited = ask_cited(deps, "首届杭州工匠对入不入工会没讲究吧，没入会的也能报？")
    assert answer.text.startswith("不对")
    assert "hz_craftsman_2016#三/(一)" in cited


@pytest.mark.parametrize("text, asserts", [
    ("我记得首席技师是7月底截止的，现在还能交吗", True),
    ("我们厂人事讲浙派工匠奖金有两万，现在还发吗", True),
    ("我记得我干了8年，能报首席技师吗", False),  # the asker's own case, remembered
    ("余杭区能推几个？我记得跟别的区不一样", False),  # a remark with no value
])
def test_a_premise_reported_or_remembered_is_a_confirmation(text, asserts):
    assert confirms(text) is asserts


def test_a_reported_premise_is_corrected_and_its_speaker_is_no_applicant(deps):
    answer, cited = ask_cited(deps, "我们车间主任说杭州工匠在杭州得干满12年，我才11年，是不是报不了")
    assert answer.text.startswith("不对，通知写的不是12年，而是10年")
    assert "hz_craftsman_2016#三/(二)" in cited


@pytest.mark.parametrize("question, start", [
    # the asker's own age or years are what the asserted rule is applied to, not the rule
    ("我今年57岁，杭州工匠是要55周岁以下吧", "不对，通知写的不是55岁，而是60岁"),
    ("我在杭州干了9年，杭州工匠要在杭12年以上对吧", "不对，通知写的不是12年，而是10年"),
])
def test_the_asserted_rule_not_the_askers_own_value_is_checked(question, start):
    quote = "“杭州工匠”须60周岁以下（有突出贡献的可不受年龄限制），在杭从事本专业技能工作不少于10年"
    assert (correction(question, quote) or "").startswith(start)


def test_a_place_the_asker_names_picks_its_own_quota():
    quote = ("各区县(市)总工会推荐不超过 4 名,其中数字经济相对领先的滨江区、西湖区、余杭区可推荐不超过 6 名。"
             "市各主管部门、各产业工会推荐不超过 3 名。")
    assert (correction("我们是余杭区总工会，这次能推9个吧", quote) or "").startswith("不对，通知写的不是9名，而是6名")
    assert (correction("我们是上城区总工会，这次能推9个吧", quote) or "").startswith("不对，通知写的不是9名，而是4名")
