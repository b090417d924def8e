"""A working life told as stints (``extract.stints``): the years of the trade, of Hangzhou and of Zhejiang, and the
present workplace, derived from the list where two stints or more are told; one stint, a dated history and a story
that agrees with the other readers stay theirs."""

import pytest

from assistant.extract.stints import derive, read_stints
from assistant.extract.text import normalize, segments, spaces_end_clauses
from tests.extract_support import TODAY, check


@pytest.mark.parametrize("text, expected", [
    # a change of trade told by lengths: the present trade's stints only, and the trade turned to
    ("我先在饭店做了三年厨师后来转行做数控，数控到现在做了七年了", {"years_in_field": 7.0, "occupation": "数控"}),
    ("俺原来是当兵的，退伍以后在保安公司干了四年，之后才进的电梯公司搞维保，电梯维保算下来六年多一点", {"years_in_field": 6.0}),
    ("以前在海宁做皮革五年，18年到的余杭，换了行做家电维修", {"years_in_field": 7.92}),
    # stints in several places of Zhejiang add up, and the last is where one works
    ("在宁波干了四年注塑，后来到绍兴又干了三年，今年过完年去的湖州，还是注塑",
     {"years_full_time_in_zhejiang": 7.75, "years_in_field": 7.75, "employer_city": "湖州"}),
    ("先在义乌做了三年，又去杭州做了四年，现在回义乌两年了，一直都是做饰品设计",
     {"years_full_time_in_zhejiang": 9.0, "years_full_time_in_hangzhou": 4.0, "years_in_field": 9.0}),
    # a total told, then its parts
    ("我干焊工十四年了 头四年在江苏 后面十年都在萧山", {"years_full_time_in_hangzhou": 10.0}),
    # a stint told after the one before it in time; a past stint in Zhejiang adds, one outside zeroes nothing
    ("我是去年4月从嘉兴过来的 之前在嘉兴做了六年工业视觉算法 现在在钱塘一家民企 还是做算法",
     {"years_full_time_in_hangzhou": 1.58, "years_full_time_in_zhejiang": 7.58, "years_in_field": 7.58}),
    ("之前在苏州干了八年，21年才回的浙江，在杭州做钳工", {"years_full_time_in_zhejiang": 4.92}),
    ("在上海打工打了十几年 18年回的绍兴 在柯桥印染厂定型车间", {"employer_city": "绍兴"}),
    # a correction replaces the stints read before it
    ("我高级技师，在湖州长兴一家电池厂一线做锂电池装配调试，2020年来的浙江，不对，是2019年来的，之前在江西干了三年",
     {"years_full_time_in_zhejiang": 6.92}),
])
def test_a_story_of_stints(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # the other readers' own: a count and a start of one stay, a dated history, a task of late, a denial
    ("在上城一家民营区块链公司做开发，干了8年，2018年来杭州一直全职", {"years_full_time_in_hangzhou": 7.92}),
    ("2014年入行，2016年来杭州，在余杭一家民营数据服务商", {"years_full_time_in_hangzhou": 9.92}),
    ("做电商美工十一年了，一直在临平，产业园里的公司，这两年用AI工具出图", {"years_in_field": 11.0}),
    ("在丽水做植保无人机驾驶员三年了，一直一线，在浙江全职三年", {"years_full_time_in_zhejiang": 3.0}),
    ("在杭州做焊工3年，干焊工10年", {"years_in_field": 10.0}),  # the city's share and the trade's whole, one stint
])
def test_not_a_story(text, expected):
    check(text, expected)


def test_stints_in_order():
    segs = segments(normalize(spaces_end_clauses("我去年到的海宁 之前在杭州下沙干了六年缝纫")))
    found = read_stints(segs, TODAY)
    assert [(s.city, s.years, s.start) for s in found] == [("杭州", 6.0, None), ("嘉兴", None, "2025-12")]
    assert derive(found, TODAY)["_stint_zj"] == [6.92]
