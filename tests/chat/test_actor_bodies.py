"""A body doing a step is named by any of the suffixes bodies take (部, 委, 办, 室 as well as 局, 厅, 工会 …): "市委
宣传部负责…宣传工作" names who does 宣传, so it answers "宣传归哪个部门负责"."""

from __future__ import annotations

import pytest

from assistant.chat.rules.answer_types import classify


@pytest.mark.parametrize(("sentence", "names_actor"), [
    ("2、市委宣传部负责“杭州工匠” 的宣传工作；", True),
    ("4、市科委、市人力社保局负责“杭州工匠”认定的专业技术指导。", True),
    ("由市总技协办负责受理", True),
    ("大家全部负责到底", False),  # 全部 is no body
    ("评委负责打分", False),  # 评委 is a person, not a body
])
def test_a_body_by_its_suffix_does_the_step(sentence, names_actor):
    asked = classify("首届杭州工匠的宣传归哪个部门负责")
    assert asked.type == "actor"
    assert bool(asked.pattern.search(sentence)) is names_actor
