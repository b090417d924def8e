"""Bare replies to the assistant's own questions about titles and achievements (held17): a title named with its batch
("是杭州工匠，18年那批") is held and bars a programme that excludes it; a denial of the achievements asked about beside
the plain work of the job ("这些我都不沾，就是个普通工人") is a no, the post it names said in passing."""

from __future__ import annotations

import pytest

from tests.chat_support import talk

ZJ = "zj_craftsman_2023"
D26 = "hz_digital_craftsman_2026"
ZJ_OPENING = "浙派工匠能报吗 高级技师 在绍兴一家纺机厂一线装配十八年 一直在岗"
D26_OPENING = "我在滨江做物联网平台开发8年了，2018年来杭州一直全职，民企普通员工，工会会员，第四届数字工匠能报吗"


def _verdict(answer, program):
    return next(v.verdict for v in answer.verdicts if v.program == program)


@pytest.mark.parametrize("reply", ["这些我都不沾，就是个普通工人", "这几样都没碰过，就是上班下班"])
def test_a_denial_beside_plain_work_answers_no(deps, reply):
    _, answers = talk(deps, ZJ_OPENING, reply)
    assert _verdict(answers[-1], ZJ) == "not_eligible"


def test_a_deed_beside_the_plain_work_is_still_told(deps):
    _, answers = talk(deps, ZJ_OPENING, "革新没有，不过我带的徒弟有三个当上了班组长")
    assert _verdict(answers[-1], ZJ) == "needs_review"


@pytest.mark.parametrize("reply", ["是杭州工匠，18年那批", "浙江工匠的证书是省里2021年发给我的"])
def test_a_title_named_in_reply_bars(deps, reply):
    session, answers = talk(deps, D26_OPENING, reply)
    assert _verdict(answers[-1], D26) == "not_eligible"
    assert session.profile.get("prior_titles")


def test_a_denial_of_another_fact_beside_plain_work_is_no_none(deps):
    # "从没出过浙江": a place denied, no achievement; the plain work after it tells the post
    _, answers = talk(deps, ZJ_OPENING, "从没出过浙江，一直在车间上班")
    assert _verdict(answers[-1], ZJ) == "needs_review"
