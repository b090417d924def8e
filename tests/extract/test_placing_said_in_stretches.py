"""A placing said over several stretches of one sentence: the year, the body, the class, the contest and the item
each on their own ("二〇二〇年 浙江省 二类技能竞赛 装配钳工 第一名"), as applicants type without punctuation.

Found by the place16 probe (round 16): the nearest stretch naming a contest ("二类竞赛") names no body, so the placing
was dropped, and a dialogue then read the asker as having no placing at all (not_eligible). The reader now widens the
rank's context back over the stretches that only name parts of the contest (``competitions._contest_run``)."""

from __future__ import annotations

import pytest

from assistant.extract import extract
from assistant.extract.competitions import tier_in
from tests.extract_support import TODAY, check


def _one(level, tier, rank, year, field):
    return {"competition_results": [{"level": level, "tier": tier, "rank": rank, "year": year, "type": "individual",
                                     "field": field}]}


@pytest.mark.parametrize("text, expected", [
    ("二〇二〇年 浙江省 二类技能竞赛 装配钳工 第一名 省首席没评过", _one("provincial", "二类", 1, 2020, "二类技能竞赛")),
    ("2019年浙江省摩托车装调工技能竞赛 二类竞赛 我拿了第一名", _one("provincial", "二类", 1, 2019, "浙江省摩托车装调工技能竞赛")),
    ("二〇一九年全国交通运输行业职业技能大赛 二类竞赛 船舶机工项目第二名",
     _one("national", "二类", 2, 2019, "全国交通运输行业职业技能大赛")),
    # the year in a stretch of its own before a contest that names its body
    ("二〇二五年 浙江省数字经济行业职业技能竞赛 软件测试赛项 个人第一", _one("provincial", None, 1, 2025, "浙江省数字经济行业职业技能竞赛")),
    # 头名 is first place; a year in Chinese digits is read
    ("一四年杭州市职业技能大赛汽车钣金项目我拿了头名", _one("municipal", None, 1, 2014, "杭州市职业技能大赛")),
    # 市 inside 城市 names no city: the contest is national
    ("2019年参加全国城市轨道交通行业的职业技能竞赛 国家一类的 变电检修工拿了第五名",
     _one("national", "一类", 5, 2019, "全国城市轨道交通行业的职业技能竞赛")),
])
def test_a_placing_said_in_stretches_is_read(text, expected):
    check(text, expected)


def test_a_stretch_about_something_else_is_not_borrowed():
    # the stretch before the class names the trade, not the contest's body: no level, so no placing is made up
    assert not extract("我是技师 二类竞赛 我拿了第一名", TODAY).profile.get("competition_results")


@pytest.mark.parametrize("text, tier", [("省一类竞赛", "一类"), ("国家二类的", "二类"), ("不知道是一类还是二类", None),
                                        ("一类二类记不得了", None), ("省技能大赛", None)])
def test_the_class_is_read_only_when_one_is_named(text, tier):
    assert tier_in(text) == tier


def test_a_team_said_of_other_work_leaves_the_placing_the_askers():
    # a team said of other work ("带着小组搞技改") says nothing of the placing; a team said of the contest does
    said = extract("平时带着小组搞技改。2014年杭州市职业技能大赛车工第一名。", TODAY).profile["competition_results"]
    assert said[0]["type"] == "individual"
    said = extract("我们三个人一个队去比的。2014年杭州市职业技能大赛车工第一名。", TODAY).profile["competition_results"]
    assert said[0]["type"] is None
