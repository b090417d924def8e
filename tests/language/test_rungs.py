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


# the one reader of the trade's ladder (language.rungs), read by the extractor, the dialogue's reply reader and
# the trade said in another turn (chat.case.posts, chat.case.trade_top)

@pytest.mark.parametrize(("before", "has"), [
    ("这个工种是有", True), ("我们这行也有", True), ("他们工种听说能考到", True), ("这行可以评到", True),
    ("我是", False), ("我们厂有个", False), ("这个工种是有高级技师的，我是", False),
])
def test_the_trade_said_to_have_the_level_after_it(before, has):
    from assistant.language.rungs import trade_has_before

    assert trade_has_before(before) is has


def test_a_level_said_with_doubt_and_a_rung_said_above():
    from assistant.language.rungs import said_above, unsure

    assert unsure("这个工种好像还有技师 我也不太清楚") and not unsure("这个工种还有技师")
    assert said_above("我们工种上面还有技师和高级技师") and said_above("再往上还有高级技师")
    assert not said_above("上面让我去考")


@pytest.mark.parametrize(("text", "levels"), [
    ("我们这个工种有高级技师的", [(None, "有", "高级技师")]),
    ("我们这行没有高级技师", [(None, "没有", "高级技师")]),
    ("上面还有高级技师", [(None, None, "高级技师")]),
    ("还能考个一级", [(None, None, "一级")]),
    ("这行还有更高的", [(None, "还有", "更高的")]),
    ("我是技师", []),
])
def test_the_levels_the_trade_is_said_to_have(text, levels):
    from assistant.language.rungs import named_levels

    assert [(None, m["no"], m["l"]) for m in named_levels(text)] == levels


@pytest.mark.parametrize(("occupation", "trade"), [
    ("模具钳工", "模具钳工"), ("数控车工", "数控车工"), ("电焊工", "电焊工"),
    ("挡车工", None), ("做汽修", None), ("电工程师", None), (None, None),
])
def test_a_trade_whose_standard_goes_up_to_the_top_level(occupation, trade):
    from assistant.language.rungs import graded_trade

    assert graded_trade(occupation) == trade
