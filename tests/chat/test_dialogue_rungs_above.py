"""The rungs above named in a reply ("上面还有技师 高级技师 没去考" to "是不是本职业最高等级") are never the level held:
the 高级工 said before stands, with no clash to ask about (chat.case.replies.ceiling_levels, chat.case.dialogue)."""

from __future__ import annotations

import pytest

from assistant.chat.case.replies import ceiling_levels
from tests.chat_support import talk as _talk


@pytest.mark.parametrize("text, above", [
    ("上面还有技师 高级技师 没去考 觉得没用", {"技师", "高级技师"}),
    ("上面还有技师，高级技师，没去考", {"技师", "高级技师"}),
    ("技师上面还有高级技师 我还没考", {"高级技师"}),
    ("我们这行最高是高级技师，我还差一级", set()),  # the top alone: read by replies._relative_level
    ("技师 我们这个工种最高就是技师", set()),  # the top held
    ("高级工，技师还没去考", set()),  # the exam not yet taken is read elsewhere; no ceiling named
    ("技师", set()),
    ("上面还有技师 我是高级工 干了二十年", {"技师"}),  # the list ends at a clause that is not only levels
])
def test_ceiling_levels(text, above):
    assert ceiling_levels(text) == above


def test_the_top_held_is_kept(deps):
    session, _ = _talk(deps, "浙派工匠 我在钱塘一家新能源车电池回收厂做拆解 技师 我们这个工种最高就是技师")
    assert session.profile["skill_level"] == "技师" and session.profile["is_highest_level_of_occupation"] is True


def test_the_rungs_above_do_not_clash_with_the_level_held(deps):
    session, answers = _talk(deps, "浙派工匠能报不 我在富阳一家游艇厂做玻璃钢手糊成型 干了二十来年", "高级工",
                             "上面还有技师 高级技师 没去考 觉得没用")
    assert session.profile["skill_level"] == "高级工"
    assert session.profile["is_highest_level_of_occupation"] is False
    assert {v["program"]: v["verdict"] for v in answers[-1].to_json()["verdicts"]}["zj_craftsman_2023"] == "not_eligible"


@pytest.mark.parametrize("reply, above", [
    ("有高级技师的", True), ("上面还有个高级技师", True), ("还有高级技师呢", True),
    ("有", False), ("是最高的", False), ("高级技师", False),  # a bare level is the level held, said again
])
def test_a_level_said_to_exist_is_a_rung_above(reply, above):
    from assistant.chat.case.replies import higher_exists

    assert higher_exists(reply) is above


def test_a_level_said_to_exist_answers_the_top_question_no(deps):
    # blind batch ak (dev): "有高级技师的" to "是否已是本职业最高等级" was read as the wife's level, a clash with 技师
    session, answers = _talk(deps, "我老婆在绍兴做黄酒开耙的 技师 浙派工匠她够不够", "有高级技师的")
    assert session.profile["skill_level"] == "技师"
    assert session.profile["is_highest_level_of_occupation"] is False
    assert {v["program"]: v["verdict"] for v in answers[-1].to_json()["verdicts"]}["zj_craftsman_2023"] == "not_eligible"
