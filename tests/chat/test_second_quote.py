"""A second quote only when it answers too: for a yes/no question every sentence "holds" the type, so the second
comes from the main quote's own clause or not at all (no 培育计划 after "推荐表要单位盖章吗")."""

from __future__ import annotations

from assistant.chat.rules.answer_types import classify
from assistant.chat.rules.factual_pick import second
from assistant.chat.rules.quotes import Pick

MAIN = Pick("p#六/(一)", "应当主动申请回避。候选人认为评审专家参加评审活动可能影响公正的", 9.0, True, 9.0)
SAME = Pick("p#六/(一)", "候选人和候选者认为评审专家可能影响公正的，可以在评审前申请其回避并说明理由。", 8.0, True, 8.0)
OTHER = Pick("p#四", "组织参加创新培训营，并择优推荐申报，优先推荐参加免费疗休养等各类活动。", 8.5, True, 8.5)


def test_a_yes_no_question_takes_no_other_clause():
    asked = classify("能申请他回避吗", vectors=False)
    assert asked.type == "yes_no"
    assert second(asked, MAIN, [MAIN, OTHER]) == []
    assert second(asked, MAIN, [MAIN, OTHER, SAME]) == [SAME]

