"""Facts that pass or fail a hard rule, said in ordinary words (round 8, ext11): a title already held said with the
title first or its level said loosely, a skill level said as what a certificate or an exam reached, a trade's count
totalled (前后十几年), a start in a place on leaving school, a town the edge fold spells otherwise, and union
membership with the joining dated between. Each phrasing here was read as nothing before."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _profile(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize(("text", "title"), [
    ("杭州工匠，2018年评上的", "杭州工匠"),  # the title in a clause of its own, when it was won in the next
    ("我有个浙江工匠，前年拿到的", "浙江工匠"),
    ("浙江省首席技师评过一次", "浙江省首席技师"),  # the title first, its winning as experience (过)
    ("首届杭州数字工匠我评上了", "杭州数字工匠"),  # ... or with the asker as the subject
    ("老早就是杭州工匠了", "杭州工匠"),  # held a while already
    ("我20年就是杭州市首席技师了", "杭州市首席技师"),  # a year between 我 and 是
    ("浙江工匠的称号我早就有了", "浙江工匠"),  # the title's papers, then held
    ("省里的首席技师前年评上的", "浙江省首席技师"),  # the level said loosely
    ("我是市里评的首席技师", "杭州市首席技师"),
])
def test_title_held(text, title):
    assert title in _profile(text).get("prior_titles", [])


@pytest.mark.parametrize("text", [
    "杭州工匠，2018年评上的人多吗",  # the next clause asks about others
    "杭州工匠我评上了吗",  # a question
    "浙江工匠我拿了三个名额",  # a unit's places counted, not the asker's title
    "杭州工匠评过的人能不能再报",
    "我是想报杭州工匠",
])
def test_no_title_held(text):
    assert not _profile(text).get("prior_titles")


@pytest.mark.parametrize("text", ["什么工匠啊首席啊都跟我不沾边", "称号跟我没关系", "没有任何头衔"])
def test_titles_said_to_be_none_of_ones_business(text):
    """A denial that the titles are one's own (不沾边, 没关系) is a statement about holding them: none."""
    assert _profile(text).get("prior_titles") == []


@pytest.mark.parametrize(("text", "level"), [
    ("证就一个三级，焊工的", "高级工"),  # the grade as what the certificate is
    ("等级证只有初级的", "初级工"),
    ("我只考到了四级", "中级工"),  # the grade as what an exam reached
    ("考了个中级就没再考了", "中级工"),
])
def test_level_said_as_a_certificate_or_an_exam(text, level):
    assert _profile(text).get("skill_level") == level


@pytest.mark.parametrize("text", ["英语证书有四级", "考了个中级职称", "没考到四级", "计算机证书是二级"])
def test_another_exam_or_a_denied_grade_is_no_level(text):
    assert "skill_level" not in _profile(text)


@pytest.mark.parametrize(("text", "years"), [("干这行前后十几年", 10.0), ("做钳工先后八年", 8.0),
                                             ("干这行前前后后十几年", 10.0)])
def test_a_count_totalled_is_a_span(text, years):
    """前后/先后 before a count totals it; only 后 alone before a year names one (后年)."""
    assert _profile(text).get("years_in_field") == years


@pytest.mark.parametrize("text", ["15年毕业就在杭州工作", "17年研究生毕业就在杭州", "2010年退伍后就在萧山开公交"])
def test_start_in_a_place_on_leaving_school_or_the_army(text):
    """Leaving school or the army, then 就在 a place: the stay there starts that year."""
    assert _profile(text).get("hangzhou_full_time_start")


def test_a_town_the_edge_fold_spells_otherwise():
    """於潜 is folded to 于潜 like any 於; the gazetteer knows the folded spelling too."""
    assert _profile("在於潜一个竹笋厂")["employer_city"] == "杭州"


@pytest.mark.parametrize(("text", "member"), [("工会是去年入的", True), ("工会进厂那年就加了", True),
                                              ("工会没入", False)])
def test_union_joined_with_when_between(text, member):
    assert _profile(text).get("union_member") is member


@pytest.mark.parametrize("text", ["工会想加的", "工会加的人多吗"])
def test_union_wished_or_others_is_no_membership(text):
    assert "union_member" not in _profile(text)


@pytest.mark.parametrize("text", ["我是个体户，没有加入任何工会", "工会一直没顾上入", "没来得及加工会"])
def test_union_denied_with_words_between(text):
    """任何 before the union, or 顾上/来得及 before the joining verb, leave it denied."""
    assert _profile(text).get("union_member") is False


@pytest.mark.parametrize("text", ["技能证没考", "等级证没去考", "有个中级职称，技能证没考"])
def test_certificate_not_taken_is_no_level(text):
    """The segmenter glues 证没考 into one word; the certificate's taking denied is still a level of none."""
    assert _profile(text).get("skill_level") == "none"


def test_a_count_said_as_short_belongs_to_the_place_before():
    """"也就一年多" is only a count: it is the years of the place the clause before names."""
    assert _profile("在浙江的时间不长，也就一年多").get("years_full_time_in_zhejiang") == 1.0


def test_a_stay_started_on_graduating_then_away_and_back():
    """"2015年毕业在滨江…，2018年去南京干了两年，2020年5月又回杭州": the first stay starts on graduating, so the years
    in Hangzhou are both stays' (before, the graduation start was read by one reader and not the timeline's, and the
    two disagreeing left no years at all)."""
    years = _profile("我2015年毕业在滨江做开发，2018年去南京干了两年，2020年5月又回杭州了").get("years_full_time_in_hangzhou")
    assert years is not None and 9 <= years <= 10


def test_holders_counted_are_no_title_of_the_askers():
    assert not _profile("我们厂里评上过三个杭州工匠").get("prior_titles")


@pytest.mark.parametrize(("text", "years"), [("杭州这边干了三年多点", 3.0), ("做电工五年多一点", 5.0)])
def test_more_said_with_a_bit_is_more(text, years):
    """多点/多一点 after a count is 多: a hedge of the count, never the work's name."""
    profile = _profile(text)
    assert years in (profile.get("years_full_time_in_hangzhou"), profile.get("years_in_field"))
    assert "点" not in (profile.get("occupation") or "")


@pytest.mark.parametrize(("text", "title"), [
    ("浙江工匠我早就是了", "浙江工匠"),  # the title first, then the asker is one
    ("杭州数字工匠我也是，首届的", "杭州数字工匠"),
    ("浙江工匠前年入选了", "浙江工匠"),  # 入选 as a verb of winning after the title
    ("头衔的话，有个浙江工匠", "浙江工匠"),  # the titles' topic, then the clause naming the one held
    ("荣誉称号嘛，就一个杭州工匠", "杭州工匠"),
    ("称号有，杭州市首席技师", "杭州市首席技师"),
])
def test_title_said_first_or_after_the_titles_topic(text, title):
    assert title in _profile(text).get("prior_titles", [])


@pytest.mark.parametrize("text", ["杭州工匠我是想报的", "杭州工匠我是不是能报", "称号的话，杭州工匠能报吗",
                                  "称号的话，想评杭州工匠"])
def test_a_title_wished_or_asked_after_the_topic_is_not_held(text):
    assert not _profile(text).get("prior_titles")
