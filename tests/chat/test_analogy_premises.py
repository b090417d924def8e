"""A premise leaning on another programme ("首席技师跟杭州工匠一样，也得…吧") is the subject's premise, checked as one
programme's is; a premise said of every side of a comparison ("…公示都是五个工作日吧") finds each side's sentence in the
asserted value's unit, or says that side is silent; how many options a form's field takes ("只能选一个吗") is no count
of people; a sum asserted for a notice that states one is corrected with it. Phrasings here are not the probe rows.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_analogy_premises.py
"""

from __future__ import annotations

import pytest

from assistant.chat.comparison.compare import premise_label
from assistant.chat.premise import claims
from assistant.chat.routing import analogy_rest
from assistant.chat.rules.answer_types import classify
from tests.chat_support import ask_cited


@pytest.mark.parametrize("text, rest", [
    ("浙派工匠跟杭州工匠一样，也要在一线干满十年吧", "浙派工匠要在一线干满十年吧"),
    ("第四届也和首届一样，名单是领导小组审定的吧", "第四届名单是领导小组审定的吧"),
    ("首席技师像杭州工匠那样必须是工会会员吧", "首席技师必须是工会会员吧"),
    ("浙派工匠的公示期跟首席技师一样吧", None),  # the analogy is the whole claim: a comparison
    ("首席技师和浙派工匠分别要几级证书", None),
])
def test_an_analogy_leaves_the_subjects_premise(text, rest):
    assert analogy_rest(text) == rest


def test_an_analogy_premise_is_corrected_for_its_subject(deps):
    answer, cites = ask_cited(deps, "浙派工匠跟杭州工匠一样，评上了奖两万吧")
    assert answer.text.startswith("不对") and "zj_craftsman_2023#五" in cites, answer.text


@pytest.mark.parametrize("text, label", [
    ("浙派工匠和首席技师公示都是五个工作日吧", "公示天数"),
    ("两个项目奖金都是两万吧", "奖金金额"),
])
def test_a_compared_premise_names_what_its_value_measures(text, label):
    assert premise_label(text) == label


def test_a_side_silent_on_a_compared_premise_is_said_so(deps):
    answer, cites = ask_cited(deps, "首席技师和浙派工匠的公示期都是五个工作日吧")
    first = answer.text.splitlines()[0]
    assert "2021年杭州市首席技师】通知没有写明公示天数" in first, answer.text
    assert all(not c.startswith("hz_chief_technician_2021") for c in cites), cites


@pytest.mark.parametrize("text", ["企业类型只能勾一个吗", "那一栏能多选吗", "企业类型是单选还是多选", "能选几项"])
def test_how_many_options_a_field_takes_is_its_own_type(text):
    asked = classify(text)
    assert (asked.type, asked.values) == ("count", "options")


def test_choosing_one_option_is_no_count_of_people():
    assert claims("企业类型只能选一个吗") == [] and claims("每个区只能推一个吗") != []


def test_a_sum_asserted_where_the_notice_states_one_is_corrected_with_it(deps):
    answer, cites = ask_cited(deps, "杭州工匠评上以后给八千块对吧")
    assert answer.text.startswith("不对，通知写的不是8000元，而是20000元") and "hz_craftsman_2016#七" in cites, answer.text
