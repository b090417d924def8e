"""A count the notice gives only to the members named after 其中, taken for the whole group (chat/premise/narrowed.py)."""

from __future__ import annotations

import pytest

from assistant.chat.premise.narrowed import narrowed_correction, narrowed_premise

D26 = "各区县(市)总工会推荐不超过 4 名,其中数字经济相对领先的滨江区、西湖区、余杭区可推荐不超过 6 名。市各主管部门、各产业工会推荐不超过 3 名。"


@pytest.mark.parametrize("question", ["每个区都能推6个吧", "第四届数字工匠区里能推6个吧", "我们在拱墅，能推6个对吧",
                                      "我们在上城 第四届数字工匠每个区都能推6个吧"])
def test_the_narrower_count_said_of_the_whole_group_is_corrected(question):
    line = narrowed_correction(question, D26)
    assert line.startswith("不对") and "4名" in line and "滨江" in line


@pytest.mark.parametrize("question", ["我们余杭能推6个吧", "滨江区能推6个对吧", "每个区都能推4个吧", "产业工会能推3个吧"])
def test_a_count_said_of_its_own_members_or_the_general_count_is_left_alone(question):
    assert narrowed_correction(question, D26) is None


def test_the_notice_wide_check_finds_the_sentence(deps):
    line, (cid, unit) = narrowed_premise(deps.corpus, "hz_digital_craftsman_2026", "我们在上城 第四届数字工匠每个区都能推6个吧")
    assert line.startswith("不对") and cid == "hz_digital_craftsman_2026#三/(一)" and "不超过 4 名" in unit


def test_a_count_asked_of_another_subject_of_the_sentence_is_left_to_the_count_check():
    # "市各主管部门、各产业工会推荐不超过 3 名": the asker is an 产业工会, whose count is 3, not the districts' 4
    assert narrowed_correction("我们是市里的产业工会，第四届数字工匠也能推6个吧？", D26) is None
