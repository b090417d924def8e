""""要问下单位", "回头问问人事": having to find out first is not knowing, not a no, and whom to ask is no fact of the
asker's (人事 is not the post held, 单位 no workplace named). The question stays open and the verdict waits."""

from __future__ import annotations

import pytest

from assistant.chat.case.replies import not_known
from assistant.chat.case.reply_topic import found_out_later
from tests.chat_support import talk

HZ = "hz_craftsman_2016"
OPENING = ("我是炒龙井的 在西湖边上一个茶厂 炒了二十多年了 二〇一二年拿过杭州市的炒茶技能大赛第一名 六八年的 中国人 "
           "一六年那个杭州工匠能报吗")


@pytest.mark.parametrize("clause", ["要问下单位", "回头问问人事", "得查一下合同", "问问厂里才知道", "没注意过", "得去问下工会"])
def test_finding_out_first_is_not_knowing(clause):
    assert not_known(clause)


@pytest.mark.parametrize("clause", ["我去问了单位", "单位有工会", "在人事部门上班", "要看他怎么说"])
def test_a_statement_naming_the_same_places_is_not(clause):
    assert not not_known(clause)


def test_the_place_to_find_out_is_said_as_plain_not_knowing():
    assert found_out_later("工会？没注意过 回头问问人事") == "工会？没注意过 不清楚"
    assert found_out_later("是会员 在人事部门上班") == "是会员 在人事部门上班"


@pytest.mark.parametrize("reply", ["这个要问下单位", "工会？没注意过 回头问问人事", "得问问厂里才知道"])
def test_a_union_not_known_leaves_the_question_open(deps, reply):
    session, answers = talk(deps, OPENING, reply)
    assert "union_member" not in session.profile
    assert session.profile.get("role_type") != "administrative"
    assert next(v.verdict for v in answers[-1].verdicts if v.program == HZ) == "needs_review"


def test_a_yes_beside_where_the_certificate_is_holds(deps):
    session, _ = talk(deps, OPENING, "是会员 不过证书在单位 要问下人事")
    assert session.profile["union_member"] is True
    assert session.profile.get("role_type") != "administrative"
