"""Issue 13, item 5: the time word and the verb of winning said before a contest's name are not its field."""

import pytest

from assistant.extract import extract
from tests.extract_support import TODAY


@pytest.mark.parametrize("text, field", [
    ("前年拿过省里焊工比赛第二名", "省里焊工比赛"),
    ("大前年拿了市里数控车工大赛第一名", "市里数控车工大赛"),
    ("那年得了全国茶艺师比赛第三名", "全国茶艺师比赛"),
    ("前两年获得过市焊工比赛第一名", "市焊工比赛"),
])
def test_the_field_starts_after_the_verb_of_winning(text, field):
    results = extract(text, TODAY).profile["competition_results"]
    assert [r["field"] for r in results] == [field]


@pytest.mark.parametrize("text, field, year", [
    ("二〇年杭州市职业技能大赛一类竞赛钳工第一名", "杭州市职业技能大赛", 2020),
    ("一九年度浙江省焊工技能大赛第二名", "浙江省焊工技能大赛", 2019),
    ("二〇二二年杭州市数控车工大赛第一名", "杭州市数控车工大赛", 2022),
])
def test_a_year_in_words_is_the_year_not_part_of_the_name(text, field, year):
    # the reason printed "2020年二〇年杭州市…" (year and name both carried it), and a corrected year kept the old one
    results = extract(text, TODAY).profile["competition_results"]
    assert [r["year"] for r in results] == [year]
    assert results[0]["field"].startswith(field)
    assert results[0]["field"][0] not in "〇零一二三四五六七八九"


# The notices' lists name contests by level and class ("省级一类技能竞赛前三名"); people say them back without the noun.
@pytest.mark.parametrize("text, level, tier, rank", [
    ("一九年省级一类第二名 省首席没有", "provincial", "一类", 2),
    ("一八年市级一类第一", "municipal", "一类", 1),
    ("国家二类前三", "national", "二类", 3),
])
def test_a_contest_class_said_without_its_noun_is_a_contest(text, level, tier, rank):
    (result,) = extract(text, TODAY).profile["competition_results"]
    assert (result["level"], result["tier"], result["rank"]) == (level, tier, rank)


@pytest.mark.parametrize("text, field", [
    ("2018年浙江省制冷行业职业技能大赛 省级一类 拿了第三", "浙江省制冷行业职业技能大赛"),
    ("2019年全国电力行业带电作业职业技能竞赛，国家二类，他个人第二名", "全国电力行业带电作业职业技能竞赛"),
])
def test_a_named_contest_keeps_its_name_beside_its_class(text, field):
    (result,) = extract(text, TODAY).profile["competition_results"]
    assert result["field"] == field


@pytest.mark.parametrize("text", ["我们厂是省级一类企业", "我是省级一类企业的第一名员工"])
def test_a_class_of_something_else_is_no_contest(text):
    assert "competition_results" not in extract(text, TODAY).profile
