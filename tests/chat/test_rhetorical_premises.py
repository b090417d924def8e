"""A premise is read however it is asserted: as a rhetorical question ("材料不是交人社局吗", "不就是…嘛", "…，不是吗"),
with a share said in words ("四成", "百分之七十", "三分之一"), or with another word for when rules take effect
("开始实施", "生效", "执行" for the notices' 施行). Phrasings here are not the probe rows (eval/labels/qa_probe.jsonl
qp-1050…).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_rhetorical_premises.py
"""

from __future__ import annotations

import pytest

from assistant.chat.premise import claims, correction
from assistant.chat.routing import confirms, rhetorical_restated
from tests.chat_support import ask_cited

SHARES = ("推荐对象向一线和青年技能人才倾斜,一线技能人才认定比例不低于 70%,40 周岁以下青年技能人才认定比例不低于 35%。")


@pytest.mark.parametrize("text, restated", [
    ("首席技师的材料不是报给总工会吗", "首席技师的材料是报给总工会吧"),
    ("杭州工匠不是要干满十五年吗？", "杭州工匠要干满十五年吧？"),
    ("不是说浙派工匠三年评一次嘛", "浙派工匠三年评一次吧"),
    ("数字工匠不就是市总工会一家说了算么", "数字工匠就是市总工会一家说了算吧"),
    ("首届数字工匠不也是4月底截止的吗", "首届数字工匠也是4月底截止的吧"),
    ("浙派工匠奖一万，不是吗？", "浙派工匠奖一万吧？"),
    # real questions: 不是 describes the asker, and the stretch asks whether one may apply
    ("不是工会会员可以报杭州工匠吗", "不是工会会员可以报杭州工匠吗"),
    ("我不是技师能不能报首席技师", "我不是技师能不能报首席技师"),
    ("首席技师是不是要交原件", "首席技师是不是要交原件"),
])
def test_a_rhetorical_question_is_restated_as_its_premise(text, restated):
    assert rhetorical_restated(text) == restated


@pytest.mark.parametrize("text", ["首席技师的材料不是报给总工会吗", "浙派工匠奖一万，不是吗"])
def test_a_rhetorical_question_is_a_confirmation(text):
    assert confirms(text)


@pytest.mark.parametrize("text, share", [
    ("一线的要占六成吧", 60.0), ("青年人才三成五就行", 35.0), ("要百分之四十以上", 40.0), ("占三分之一就够", 33.3),
])
def test_a_share_said_in_words_is_a_percentage(text, share):
    assert (share, "%") in claims(text)


def test_a_word_that_opens_with_cheng_is_no_share():
    assert not [c for c in claims("协会一成员说的") if c[1] == "%"]


@pytest.mark.parametrize("question, start", [
    ("第四届数字工匠一线技能人才占六成就可以了吧", "不对，通知写的不是60%，而是70%"),
    ("第四届数字工匠年轻人认定比例是不低于四成吧", "不对，通知写的不是40%，而是35%"),
    ("第四届数字工匠一线技能人才要占百分之七十吧", "是的"),
])
def test_a_share_premise_is_checked_against_the_subjects_share(question, start):
    assert (correction(question, SHARES) or "").startswith(start)


@pytest.mark.parametrize("question, cited", [
    ("首席技师的材料不是报给总工会吗？", "hz_chief_technician_2021#三/(二)"),
    ("第四届数字工匠不是5月底截止吗", "hz_digital_craftsman_2026#五"),
])
def test_a_rhetorical_premise_is_corrected_with_its_clause(deps, question, cited):
    answer, cites = ask_cited(deps, question)
    assert answer.text.startswith("不对") and cited in cites, answer.text


@pytest.mark.parametrize("question", ["浙派工匠的评选办法不是2024年才生效的吗", "浙派工匠这个办法是2022年开始执行的吧",
                                      "那个办法哪天起实施"])
def test_when_rules_take_effect_is_asked_in_the_notices_word(question):
    from assistant.notices.vocabulary import expansions
    from assistant.retrieval.rewrite import rules_fired

    assert "in_force" in rules_fired(question) and "施行" in expansions(question)


RANGE = "各区、县（市）总工会推荐人数一般10-20名，其中数字经济比重较大的滨江区、余杭区、西湖区推荐总数不超过30名。"


@pytest.mark.parametrize("question, start", [
    ("区县总工会推荐首届数字工匠最多三个人吧", "不对，通知写的不是3名，而是10-20名"),
    ("区县总工会一般推五到八个人，对吧", "不对，通知写的不是五到八个人，而是10-20名"),
])
def test_a_count_stated_as_a_range_is_checked_as_the_range(question, start):
    assert (correction(question, RANGE) or "").startswith(start)


def test_a_count_within_a_stated_range_is_not_corrected():
    assert not (correction("区县总工会推荐15个左右对吧", RANGE) or "").startswith("不对")
