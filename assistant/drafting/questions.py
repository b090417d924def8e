"""``draft_questions(facts, program)``: what must be asked before a 主要事迹 can be drafted well.

Only what blocks a good draft is asked here (no achievements at all, a number that cannot be right). What
would merely improve it comes back with the draft as ``suggestions``, so a chat never stalls on a nicety.
"""

from __future__ import annotations

import datetime as dt

from assistant.drafting.limits import form_limit
from assistant.drafting.material import as_facts, build_material, has_achievements
from assistant.eligibility.conditions import conditions_for
from assistant.profile import Facts

__all__ = ["draft_questions"]


def draft_questions(facts: Facts | dict, program: str, today: dt.date | None = None) -> list[str]:
    """Chinese questions for the facts still needed before a good draft; empty when it can be written.

    ``today`` comes from the caller (None: the settings' today, for library callers only)."""
    form_limit(program)  # an unknown program is an error here too
    f = as_facts(facts)
    questions = []
    if not has_achievements(f):
        labels = "、".join(dict.fromkeys(c.label for c in conditions_for(program)))
        questions.append("请列出该同志的主要业绩，尽量带具体数字（如主导制定标准几项、攻克了哪些技术难题、"
                         "创造了多少经济效益、带了多少徒弟）。" + (f"对照推荐条件，可以从这些方面写：{labels}。" if labels else ""))
        questions.append("该同志获得过哪些竞赛名次、奖项或荣誉称号？请写明名称、级别和年份。")
    else:
        if today is None:
            from assistant.config import get_settings

            today = get_settings().today_date()
        for warning in build_material(f, today).warnings:
            questions.append(warning.replace("请核对；草稿中未使用这个数字。", "请核对后告诉我正确的数字。")
                             .replace("请核对；草稿中未写这个年份。", "请核对后告诉我正确的年份。"))
    return questions
