"""Families found by paraphrasing passing dev rows (qp-1150…1199): a share said as 过半/大半, an edition named by a word
for the round now beside an earlier one, a rule premise closed by 吧 before the asker's own case, and a stage's start
or end inside a span of months. Phrasings here are not the probe rows.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_families_q6.py
"""

from __future__ import annotations

import pytest

from assistant.chat.premise import claims, correction
from assistant.chat.premise.rule_premise import rule_claim
from assistant.chat.routing import detect_programs, reports_premise
from assistant.language.asking import clauses_of

SHARE = "推荐对象向一线和青年技能人才倾斜,一线技能人才认定比例不低于 70%,40 周岁以下青年技能人才认定比例不低于 35%。"
PUBLICITY = "（二）宣传阶段（2022年12月—2023年5月）"
NEW, OLD = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023"


@pytest.mark.parametrize("text", ["一线的过半就行", "一线技能人才占大半就够了", "一多半是一线的就可以", "半数以上是一线"])
def test_half_said_in_words_is_fifty_percent(text):
    assert (50.0, "%") in claims(text)


@pytest.mark.parametrize("text", ["干了大半年了", "大半天才弄完"])
def test_a_time_said_with_da_ban_is_no_share(text):
    assert (50.0, "%") not in claims(text)


def test_a_share_said_in_words_is_corrected():
    assert (correction("一线技能人才过半就行了吧", SHARE) or "").startswith("不对，通知写的不是50%，而是70%")


def test_a_reported_share_in_words_is_a_premise():
    assert reports_premise(clauses_of("单位领导说一线的占一多半就行，现在还是这样吗？"))


@pytest.mark.parametrize("text", [
    "数字工匠首届和这一届，名额有啥不同",
    "本届数字工匠跟第一届比，年限要求变没变",
    "首届那次数字工匠和现在这届的截止时间各是哪天",
])
def test_the_round_now_beside_an_earlier_one_names_both(text):
    named, _ = detect_programs(text)
    assert NEW in named and OLD in named


def test_a_word_for_this_round_alone_adds_no_edition():
    named, _ = detect_programs("首届数字工匠这届一共评了几个人")
    assert named == (OLD,)


def test_a_two_digit_round_before_bi_is_a_year():
    named, _ = detect_programs("22年的数字工匠和26年的比，名额多了吗")
    assert NEW in named and OLD in named


@pytest.mark.parametrize("text", [
    "浙派工匠得在浙江干满3年才够格吧？我才干了两年。",
    "首席技师得高级技师才有资格吧，我只是技师",
])
def test_a_rule_premise_closed_midway_before_ones_case_is_claimed(text):
    assert rule_claim(text)


@pytest.mark.parametrize("question, start", [
    ("宣传是5月份才开始的吧", "不对，不是5月才开始，通知写的是2022年12月—2023年5月"),
    ("宣传是从3月开始搞的对吧", "不对，不是3月才开始"),
    ("宣传要到7月才结束吧", "不对，不是7月结束，通知写的是2022年12月—2023年5月，到2023年5月"),
])
def test_a_stage_start_or_end_is_checked_against_its_span(question, start):
    assert (correction(question, PUBLICITY) or "").startswith(start)


@pytest.mark.parametrize("question", ["宣传是12月开始的吧", "宣传5月份结束的吧"])
def test_a_right_start_or_end_is_not_corrected(question):
    assert not (correction(question, PUBLICITY) or "").startswith("不对")


@pytest.mark.parametrize("text", ["听说杭州工匠评上了有两万奖金", "据说首届数字工匠评上以后给一万块", "杭州工匠评上了就能去疗休养"])
def test_what_winning_brings_supposes_the_title_it_is_not_held(text):
    from assistant.chat.case.corrections import held_after

    assert held_after(text) == {}


def test_a_title_said_as_won_is_still_held():
    from assistant.chat.case.corrections import held_after

    assert held_after("浙江省首席技师我2019年就评上了") == {"prior_titles": ["浙江省首席技师"]}


PUBLICITY_DAYS = "根据需要征求相关方面意见后在全省范围内进行公示，公示时间不少于 5个工作日。"


@pytest.mark.parametrize("question", ["公示五天就行吧", "公示是5天没错吧", "听说公示要5个自然日"])
def test_the_right_number_of_days_is_still_wrong_in_working_days(question):
    assert (correction(question, PUBLICITY_DAYS) or "").startswith("不对，通知写的是不少于5个工作日，按工作日算")


def test_working_days_said_as_the_notice_says_are_not_corrected():
    assert not (correction("公示5个工作日对吧", PUBLICITY_DAYS) or "").startswith("不对")


@pytest.mark.parametrize("text, value", [("事迹写三百个字以内", 300.0), ("写八百个字没问题吧", 800.0)])
def test_n_ge_zi_counts_characters_not_people(text, value):
    assert (value, "字") in claims(text) and (value, "名") not in claims(text)
