"""Shapes found on batch ah's dev rows, read through a whole turn:
- a level the trade may have above the held one, said with doubt ("这个工种好像还有技师 我也不太清楚"), leaves 浙派's
  "本职业最高等级" open and asks it (was: 不符合);
- "我这种个体的能申请吗" asks the 首席技师 rule on individual business, which the notice answers (自由职业者也可申请认定;
  was: "通知没有写明").
"""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


def test_a_doubted_level_above_is_asked_not_decided(deps):
    s = Session()
    a = respond(s, "我在桐庐一个家庭农场 开拖拉机 干了七年 证是高级工 这个工种好像还有技师 我也不太清楚 浙派工匠我能评伐", deps)
    zj = next(v for v in a.verdicts if v.program == "zj_craftsman_2023")
    assert zj.verdict == "needs_review"
    assert next(r.ok for r in zj.reasons if r.rule == "skill_level") is None


def test_a_plain_level_above_still_decides(deps):
    s = Session()
    a = respond(s, "我在桐庐一个家庭农场 开拖拉机 干了七年 证是高级工 这个工种还有技师 浙派工匠我能评伐", deps)
    zj = next(v for v in a.verdicts if v.program == "zj_craftsman_2023")
    assert next(r.ok for r in zj.reasons if r.rule == "skill_level") is False


def test_individual_business_is_answered_from_the_notice(deps):
    a = respond(Session(), "二一年杭州市首席技师我这种个体的能申请吗", deps)
    assert "没有写明" not in a.text.split("\n")[0]
    assert "自由职业者也可申请认定" in a.text
