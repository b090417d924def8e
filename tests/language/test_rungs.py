"""The trade's ladder as people tell it when asked whether their level is the trade's highest (language.rungs)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.rungs import Rungs, rungs

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("clause", "read"), [
    ("他们工种听说能考到高级技师", Rungs("高级技师", False)),
    ("这行最多能评到技师", Rungs("技师", False)),
    ("最高可以考到一级", Rungs("高级技师", False)),
    ("还差一级", Rungs(None, True)),
    ("离最高还差两级", Rungs(None, True)),
    ("还能往上考", Rungs(None, True)),
    ("不是最高的", Rungs(None, True)),
    ("明年还能再考一次驾照", Rungs()),  # another exam, no rung
    ("差一年满十年", Rungs()),  # a year short, not a level
    ("我是高级工", Rungs()),
])
def test_the_ladder_told(clause, read):
    assert rungs(clause) == read


@pytest.mark.parametrize(("said", "highest"), [
    ("高级工 他们工种听说能考到高级技师", False),
    ("他是二级 技师 还差一级", False),
    ("技师证 往上还能考一级", False),
    ("高级技师 我们这行最多能考到高级技师", True),
    ("技师 这个工种最高能评到技师", True),
])
def test_the_held_level_against_the_ladder(said, highest):
    assert extract(said, TODAY).profile.get("is_highest_level_of_occupation") is highest
