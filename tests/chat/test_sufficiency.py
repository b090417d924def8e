"""A premise that one condition alone suffices ("…就够条件了吧") is answered from the notice's conditions, not by a
check of the asker (chat/premise/sufficiency.py): X's row first, then what the notice still requires."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise.sufficiency import said_condition, suffices_claim
from assistant.chat.turn import respond


@pytest.mark.parametrize(("question", "said"), [
    ("首席技师只要拿过全国技术能手就够条件了，对吧", "拿过全国技术能手"),
    ("浙派工匠在厂里带过很多徒弟，光凭这一条就够评了吧", "在厂里带过很多徒弟"),
    ("杭州工匠是工会会员就行了吧", "是工会会员"),
    ("第四届数字工匠有省科技进步奖，别的条件都不用看了吧", "有省科技进步奖"),
])
def test_the_condition_said_is_the_stretch_before_the_consequent(question, said):
    assert suffices_claim(question) and said_condition(question) == said


@pytest.mark.parametrize("question", ["首席技师要什么条件", "浙派工匠带徒弟算不算条件", "有技师证能报首席技师吗"])
def test_a_plain_question_is_no_sufficiency_claim(question):
    assert not suffices_claim(question)


@pytest.mark.parametrize(("question", "clause", "still"), [
    ("杭州市首席技师有国务院特殊津贴就够了，对不对", "hz_chief_technician_2021#二/(一)", "技师及以上"),
    ("浙派工匠总结出一套先进操作法，单凭这个就能评上了吧", "zj_craftsman_2023#三/(一)/3", "高级技师"),
    ("首届杭州工匠只要是工会会员就可以报了是吧", "hz_craftsman_2016#三/(一)", "不少于10年"),
    ("首席技师有技师证就能申请了吧", "hz_chief_technician_2021#二", "条件之一"),
])
def test_one_condition_alone_is_corrected_with_what_else_is_required(deps, question, clause, still):
    answer = respond(Session(), question, deps)
    assert answer.intents == ("qa",), answer.intents
    assert answer.text.startswith("不对，只凭这一点还不够"), answer.text
    assert any(c.clause_id == clause for c in answer.citations), answer.text
    assert still in answer.text.replace(" ", ""), answer.text


def test_a_condition_that_misses_its_own_row_says_so_first(deps):
    answer = respond(Session(), "首席技师自己拿过国家一类技能竞赛前十名就够条件了，对吧", deps)
    first = answer.text.splitlines()[0]
    assert first.startswith("不对") and "名次要求" in first, answer.text
    assert any(c.clause_id == "hz_chief_technician_2021#二/(一)" for c in answer.citations), answer.text


def test_the_asker_s_whole_case_is_still_checked(deps):
    answer = respond(Session(), "我拿过全国技术能手，在杭州做了8年钳工，是技师，首席技师就够条件了吧", deps)
    assert "eligibility" in answer.intents, answer.intents


@pytest.mark.parametrize(("question", "program"), [
    ("第四届数字工匠有个高级工证书就够了吧", "hz_digital_craftsman_2026"),
    ("浙派工匠拿过全国技术能手，这样就能评了吧", "zj_craftsman_2023"),
])
def test_a_condition_the_programme_does_not_set_is_no_condition_at_all(deps, question, program):
    answer = respond(Session(), question, deps)
    assert answer.text.startswith("不对") and "没有把这一点列为申报条件" in answer.text, answer.text
    assert answer.citations and all(c.clause_id.startswith(program) for c in answer.citations), answer.text


@pytest.mark.parametrize("question", ["那天我还没满40，那就稳了吧", "我到时候不到五十，肯定就够了吧"])
def test_a_threshold_said_with_a_bare_number_is_no_sufficiency_claim(deps, question):
    # an age or a span of years whose unit was left out: the factual path checks it, not the conditions' rows
    from assistant.chat.premise.sufficiency import _placed, _unlisted

    assert _placed(question, "hz_digital_craftsman_2026", deps.today, deps.corpus, None) == []
    assert not _unlisted(question, "hz_digital_craftsman_2026", deps.today, None)
