"""Shapes found on batch aj's dev rows, read through whole conversations (phrasings new, not the rows'):
- "不对 我记错了 那个是县里的首席技师" right after titles were told puts the county's title in place of the
  province's (was: the level read as 首席技师 and the province's title kept: 不符合);
- a title named with its body ("桐庐县的首席技师") is no skill level in a reply.
"""

from __future__ import annotations

import datetime as dt

from assistant.chat.case.replies import read_reply
from assistant.chat.case.state import Session
from assistant.chat.turn import respond


def _chief(answer):
    return next(v for v in answer.verdicts if v.program == "hz_chief_technician_2021")


def test_a_corrected_title_replaces_the_one_told(deps):
    s = Session()
    respond(s, "二一年首席技师 我在桐庐一家竹制品厂当刨工 技师 一直在车间", deps)
    respond(s, "浙江省首席技师前年评上的", deps)
    a = respond(s, "哦不对 记错了 那个是桐庐县的首席技师 县里评的", deps)
    assert s.profile["skill_level"] == "技师"
    assert "浙江省首席技师" not in s.profile["prior_titles"]
    assert _chief(a).verdict == "needs_review"


def test_a_correction_of_another_fact_leaves_the_titles():
    s = Session()
    s.profile = {"prior_titles": ["浙江省首席技师"], "skill_level": "技师"}
    from assistant.chat.case.corrections import title_instead

    assert title_instead(s, "不对 我记错了 是高级技师") == {}


def test_a_bodys_title_is_no_level():
    today = dt.date(2026, 11, 21)
    assert read_reply("skill_level", "那是桐庐县的首席技师", today) == {}
    assert read_reply("skill_level", "首席技师", today) == {"skill_level": "首席技师"}


def test_true_or_false_asks(deps):
    from assistant.language.asking import asks

    assert asks("听说评上了每个月有补贴 真的假的")
    assert asks("是真是假")
    # the case told beside it is no eligibility check: the question is about what winning brings
    a = respond(Session(), "我哥前年评上的杭州工匠 他们车间有人说评上了可以提前退休 真的假的", deps)
    assert not a.verdicts


def test_reimbursing_the_application_is_a_fee_question(deps):
    a = respond(Session(), "申报浙派工匠的费用单位能报销吗 走哪个科目", deps)
    assert "没有涉及" in a.text.split("\n")[0] or "没有写明" in a.text.split("\n")[0]
    assert not a.citations
