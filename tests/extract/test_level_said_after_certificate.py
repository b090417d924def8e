"""A skill level said with the certificate first ("等级证书是一级的", "证书考的是高级") is that level, as "一级证" is; a
certificate of another exam or a professional title is none; "还有" holds a level unless it names the ceiling."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "level"), [
    ("等级证书是一级的", "高级技师"),
    ("我的证是三级的", "高级工"),
    ("证书考的是高级", "高级工"),
    ("资格证书为四级", "中级工"),
    ("我是助理工程师，另外还有电工高级工证", "高级工"),
    ("手上还有一本中级工证", "中级工"),
])
def test_level_read(text, level):
    assert extract(text, TODAY).profile.get("skill_level") == level


@pytest.mark.parametrize("text", ["职称证是高级的", "计算机证书是二级", "我们这工种往上还有技师"])
def test_no_level_held(text):
    assert extract(text, TODAY).profile.get("skill_level") in (None, "none")
