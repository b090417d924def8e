"""A 前N or 第N said as the bar one fell short of ("差一名进前三", "离前六就差两个名次", "差一点拿第一") is no placing:
only the placing actually won is read, so a near miss stays a near miss (国家级第四名 is not 前三)."""

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.competitions import ranks

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, expected", [
    ("14年全国数控大赛拿了第四名，就差一名进前三", [4]),
    ("全国一类的焊工大赛拿过第八名差两名进前六", [8]),
    ("省赛第二名，离第一名只差0.5分", [2]),
    ("市赛第三名，差一点拿第一", [3]),
    ("冲击前三没成功，拿了第五名", [5]),
    ("省级一类技能竞赛前三名", [3]),  # a placing said as a band is still one
    ("差不多拿了第一名", [1]),
    # a trade's characters before the rank are no words of falling short
    ("2012年杭州市职业技能大赛冲压工第一名", [1]),
    ("市技能大赛挤出工第二名", [2]),
    ("离心机操作工比赛拿过第三名", [3]),
    ("冲刺前三没成功，拿了第五名", [5]),
])
def test_only_the_placing_won_is_a_rank(text, expected):
    assert [rank for _, rank in ranks(text)] == expected


def test_a_near_miss_in_a_message_keeps_its_own_rank():
    facts = extract("高级技师，在杭州一家机床厂一线开数控车，14年全国数控大赛拿了第四名，就差一名进前三", TODAY)
    assert [r["rank"] for r in facts.profile["competition_results"]] == [4]
