"""Skill levels said loosely: a grade's certificate by its number or word alone (四级证, 高级证书), 高技 for 高级技师,
a level word alone as what one is (我自己才初级, 我中级), and a colleague of ours named by the post (我们班长, 我们车间
主任) whose level is not the asker's. Another exam's grade (计算机二级证, 英语四级证), a professional title's (中级
职称证) and a level word beside talk of 职称 are no skill level."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "level"), [
    ("四级证去年考出来的，汽车维修工", "中级工"),
    ("三级证有的，做电工", "高级工"),
    ("高级证书有的", "高级工"),
    ("高技，焊工", "高级技师"),
    ("我们班长是高级技师，我自己才初级", "初级工"),
    ("我们车间主任是技师，我是中级工", "中级工"),
    ("我中级，做电工的", "中级工"),
    ("初级证都没考", "none"),
])
def test_levels_said_loosely(text, level):
    assert extract(text, TODAY).profile.get("skill_level") == level


@pytest.mark.parametrize("text", ["计算机二级证有", "英语四级证", "中级职称证", "职称是中级，我是高级", "电脑操作是高级",
                                  "我是高技校毕业的"])
def test_no_skill_level_in_these(text):
    assert "skill_level" not in extract(text, TODAY).profile
