"""A reply that points at a choice the last answer offered by its place ("前面那个", "第二个", "最后一个"), whether
the choice was the pending question's quick replies or an alternative the answer left open (chat.case.pointing)."""

from __future__ import annotations

import pytest

from assistant.chat.case.pointing import offered, pointed
from assistant.chat.case.state import Pending, Session
from assistant.chat.turn import respond

LEVELS = ["无", "初级工", "中级工", "高级工", "技师", "高级技师"]
TIERS = ["一类竞赛", "二类竞赛"]


@pytest.mark.parametrize(("reply", "choices", "expected"), [
    ("前面那个", TIERS, "一类竞赛"),
    ("前者", TIERS, "一类竞赛"),
    ("就是你说的后一种", TIERS, "二类竞赛"),
    ("选第二个吧", TIERS, "二类竞赛"),
    ("最后一个", LEVELS, "高级技师"),
    ("第三个吧", LEVELS, "中级工"),
    ("倒数第二个", LEVELS, "技师"),
    ("第一个，我还天天上机", ["一线技术岗位", "管理岗位", "行政岗位"], "一线技术岗位，我还天天上机"),
    ("第一名", TIERS, None),  # a rank, not a place in the list
    ("第二届的", TIERS, None),
    ("前年", TIERS, None),
    ("2019年第二名", TIERS, None),
    ("第三个", TIERS, None),  # no third choice
])
def test_a_place_in_the_list_names_the_choice(reply, choices, expected):
    assert pointed(reply, choices) == expected


def test_the_choices_are_the_quick_replies_else_the_alternatives_the_answer_left_open():
    asked = Pending("skill_level", "enum", tuple(LEVELS))
    assert offered(asked, "……") == LEVELS
    left_open = "**2021年杭州市首席技师：需要人工核实**——2019年省级技能竞赛个人第2名未注明是一类还是二类竞赛，名次是否达标"
    assert offered(Pending("awards", "list", ("无",)), left_open) == TIERS


def test_pointing_at_the_tier_the_answer_left_open_settles_it(deps):
    session = Session()
    respond(session, "首席技师想问问，我在富阳一家造纸厂做电工，技师，一直在一线，全职，没获过什么称号，"
                     "2019年拿过省级技能竞赛第二名，个人赛", deps)
    answer = respond(session, "前面那个", deps)
    assert session.profile["competition_results"][0]["tier"] == "一类"
    assert answer.verdicts[0].verdict == "eligible"


def test_pointing_at_a_quick_reply_answers_the_question(deps):
    session = Session()
    respond(session, "首席技师，我在上城做锅炉维修，一直在一线，全职，没获过称号", deps)
    assert session.pending is not None and session.pending.field == "skill_level"
    respond(session, "最后一个", deps)
    assert session.profile["skill_level"] == "高级技师"
