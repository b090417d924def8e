"""A compared side whose notice says its rule twice, in its letter and in the plan attached, quotes both places
(chat/comparison/restated.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.chat.comparison.restated import restated_sides, restatement
from assistant.notices.tree import load_corpus

D23, D26, C16 = "hz_digital_craftsman_2023", "hz_digital_craftsman_2026", "hz_craftsman_2016"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(Path(__file__).resolve().parents[2] / "corpus")


@pytest.mark.parametrize(("clause_id", "quote", "again_in"), [
    # the plan's wording found in the letter, other words and all (人员, 推荐总数)
    (f"{D23}#附件1/二", "已获评“浙江工匠”、“杭州工匠”的人员不予推荐", f"{D23}#二"),
    (f"{D23}#附件1/三/(一)", "各区、县（市）总工会推荐人数一般10-20名，其中数字经济比重较大的滨江区、余杭区、西湖区推荐人数不超过30名。",
     f"{D23}#三"),
    # the letter's part of a sentence found inside the plan's longer one, in its deepest clause
    (f"{D23}#二", "从事数字经济行业工作一般在5年以上且在杭全职工作2年以上", f"{D23}#附件1/二"),
])
def test_a_rule_said_in_the_letter_and_the_plan_is_found_in_both(corpus, clause_id, quote, again_in):
    found = restatement(corpus, D23, clause_id, quote)
    assert found is not None and found[0] == again_in


@pytest.mark.parametrize(("program", "clause_id", "quote"), [
    (D26, f"{D26}#二", "从事数字经济行业工作一般在5年以上且在杭全职工作1年以上"),  # no plan attached
    (C16, f"{C16}#七", "一次性奖励20000元"),  # the attached form restates nothing as a rule
    (D23, f"{D23}#附件1/三/(二)/2", "制作“杭州数字工匠”宣传片及海报进行广泛传播，投放至户外宣传屏等。"),  # said once
])
def test_a_rule_said_once_has_no_restatement(corpus, program, clause_id, quote):
    assert restatement(corpus, program, clause_id, quote) is None


def test_a_restatement_follows_its_side_once_and_a_silent_side_stays_silent(corpus):
    sides = [(D26, None, None), (D23, f"{D23}#附件1/二", "已获评“浙江工匠”、“杭州工匠”的人员不予推荐")]
    out = restated_sides(corpus, sides)
    assert out[0] == (D26, None, None) and out[2] == (D23, f"{D23}#二", "已获评“浙江工匠”、“杭州工匠”的不予推荐")
    assert restated_sides(corpus, out) == out
