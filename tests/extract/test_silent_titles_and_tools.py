"""Titles of the same family from bodies the notices do not name are read as held under their own names (the checker
says the notice is silent); a field word in a tool for making things (CAM编程) is no statement of digital work."""

from __future__ import annotations

import pytest

from tests.extract_support import ABSENT, check


@pytest.mark.parametrize("text, title", [
    ("2018年集团评了我“集团首席技师”，是我们集团内部的称号", "集团首席技师"),
    ("一九年评过萧山区首席技师 区里的 省首席没评过", "萧山区首席技师"),
    ("二〇年省电力公司评了我公司级首席技师", "公司级首席技师"),
    ("二二年评过滨江工匠 区里的 浙江工匠杭州工匠都没评过", "滨江工匠"),
])
def test_a_title_of_another_body_is_held_under_its_own_name(text, title):
    check(text, {"prior_titles": [title]})


@pytest.mark.parametrize("text", ["我们厂的首席技师带过我", "我想评区首席技师"])
def test_another_bodys_title_not_held_is_not_read(text):
    check(text, {"prior_titles": ABSENT})


def test_the_group_title_is_no_skill_level():
    check("2018年集团评了我“集团首席技师”", {"skill_level": ABSENT})


def test_a_tool_for_making_things_says_no_digital_work():
    check("我在富阳一家模具厂做CAM编程 用PowerMill给加工中心出刀路", {"is_digital_economy": ABSENT})
    check("我在纺织厂负责MES系统的运维和二次开发", {"is_digital_economy": True})


def test_a_field_as_the_head_of_a_longer_object_is_the_work_done():
    # "负责MES系统的运维": clear digital work stays a yes on the post too (a technical post, not asked)
    check("我在纺织厂负责MES系统的运维和二次开发", {"role_type": "frontline_technical"})
