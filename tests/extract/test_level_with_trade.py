"""A skill level glued before an occupation ("高级育婴师", "中级电工", "三级健康管理师") is the occupation's skill
level; before a professional title or a job's rank ("高级工程师", "中级会计师", "一级消防工程师", "高级架构师") it is
none (issue 13: "高级育婴师" gave no skill level)."""

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.titles import levels_before_trade, without_level

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, level, occupation", [
    ("我是高级育婴师，在杭州一家家政公司", "高级工", "育婴师"),
    ("我是高级茶艺师", "高级工", "茶艺师"),
    ("中级美发师，在西湖区开了家店", "中级工", None),
    ("我是三级健康管理师", "高级工", None),
    ("二级心理咨询师，做了8年", "技师", None),
    ("我是高级电工", "高级工", "电工"),
])
def test_a_level_before_a_trade_is_its_skill_level(text, level, occupation):
    profile = extract(text, TODAY).profile
    assert profile.get("skill_level") == level
    if occupation:
        assert profile.get("occupation") == occupation


@pytest.mark.parametrize("text", ["我是高级工程师", "我是中级会计师", "有一级消防工程师证", "我是公司的高级架构师",
                                  "我是高级工艺美术师", "二级建造师", "算是公司高级管理人员", "想考高级育婴师",
                                  "还不是高级茶艺师"])
def test_a_professional_title_a_rank_or_a_plan_is_no_skill_level(text):
    assert "skill_level" not in extract(text, TODAY).profile


@pytest.mark.parametrize("title, words", [("高级育婴师", "育婴师"), ("三级健康管理师", "健康管理师"),
                                          ("高级工程师", "高级工程师")])
def test_the_glued_level_is_no_part_of_the_occupation(title, words):
    assert without_level(title) == words


def test_the_level_words_map_to_the_national_grades():
    assert [level for level, _, _ in levels_before_trade("五级保育员，四级育婴员，一级茶艺师")] == ["初级工", "中级工", "高级技师"]
