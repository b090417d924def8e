"""A level counted in people or held by apprentices ("带出来3个技师") is not the speaker's level."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "level"), [
    ("她还带了6个徒弟，带出来3个技师", None),
    ("徒弟里有两个考上了高级工", None),
    ("我培养了两名高级技师", None),
    ("我是技师，带了5个徒弟", "技师"),
    ("我自己是高级技师，培养出3个技师", "高级技师"),
    ("去年考了技师", "技师"),
    # a count of certificates is the speaker's own papers
    ("我就一个高级工证，技师考了两回没考过", "高级工"),
    ("手里两个技师证，电工和钳工", "技师"),
    ("徒弟里有两个考上了高级工证", None),
    # the speaker's only level, "just one": not a person counted, unless a group or the apprentices are named
    ("没啥证书，就一个中级工", "中级工"),
    ("证书就一个高级工", "高级工"),
    ("我们车间就一个技师", None),
    ("徒弟里就一个技师", None),
])
def test_whose_level(text, level):
    assert extract(text, TODAY).profile.get("skill_level") == level
