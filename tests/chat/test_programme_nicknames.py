"""Applicants name the programmes by nicknames: "首席那个", "数字那个" (with 老的/新的 for the edition), "省里那个工匠".
Unread, a question about 首席技师's procedure was answered from 首届数字工匠's notice."""

from __future__ import annotations

import pytest

from assistant.chat.routing import detect_programs


@pytest.mark.parametrize(("text", "programs"), [
    ("首席那个到底是个啥流程", ("hz_chief_technician_2021",)),
    ("首席的申报表谁签字", ("hz_chief_technician_2021",)),
    ("那首届那个呢 老的数字那个", ("hz_digital_craftsman_2023",)),
    ("新的数字那个要啥材料", ("hz_digital_craftsman_2026",)),
    ("省里那个工匠我能报吗", ("zj_craftsman_2023",)),
    ("我是公司首席执行官", ()),
    ("数字化改造算不算业绩", ()),
])
def test_a_programme_named_by_its_nickname(text, programs):
    assert detect_programs(text)[0] == programs
