"""A question naming no programme about a thing only one notice has is about that notice (chat/rules/sole_notice.py):
its words, not a synonym row, decide; a thing several notices have, or a condition on applicants, names none."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.sole_notice import sole_owner
from assistant.chat.turn import respond
from assistant.notices.tree import load_corpus


@pytest.mark.parametrize(("question", "program"), [
    ("拿了提名奖的以后还有没有机会", "hz_digital_craftsman_2023"),
    ("单位里脱密公示要贴在哪里", "zj_craftsman_2023"),
    ("杭州市首席技师推荐申报人员汇总表谁来填", "hz_chief_technician_2021"),
    ("课程调查问卷一定要填吗", "hz_digital_craftsman_2026"),
    ("候选人要征求同级公安部门意见吗", "zj_craftsman_2023"),
])
def test_a_thing_one_notice_has_names_it(question, program):
    assert sole_owner(load_corpus(), question)[0] == program


@pytest.mark.parametrize("question", [
    "有没有年龄限制",  # a condition: each notice rules on it or is silent, 杭州工匠's 不受年龄限制 does not own it
    "公示要几天",  # several notices speak of 公示
    "材料啥时候得交上去",
    "哪个项目有提名奖",  # asks which programme: answered across them
    "评上有没有奖金",
])
def test_a_thing_several_notices_have_names_none(question):
    assert sole_owner(load_corpus(), question) is None


def test_the_answer_says_which_notice_and_why(deps):
    answer = respond(Session(), "提名奖总共评几个", deps)
    assert "只在首届杭州数字工匠的通知里出现" in answer.text, answer.text
    assert any(c.clause_id.startswith("hz_digital_craftsman_2023#") for c in answer.citations), answer.text
