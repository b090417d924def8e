"""Year counts as people say them: hedged counts keep their range, years in several places add up, the trade's
years are never fewer than the same trade's years in Hangzhou, and part-time work in Hangzhou is not full-time."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.numbers import durations

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("二十多年", 20.0, 29.99), ("20余年", 20.0, 29.99), ("十几年", 10.0, 19.99),  # 多/余/几 after a round ten
    ("5年多", 5.0, 5.99), ("两年多", 2.0, 2.99), ("三年有余", 3.0, 3.99),  # 多 after 年: within the next year
    ("将近十年", 9.0, 10.0), ("快五年", 4.0, 5.0),  # nearing X: X itself is the top, the boundary unknown
    ("不到三年", 2.0, 2.99), ("不到一年", 0.5, 0.99),  # below X
    ("十来年", 9.0, 12.99), ("十年左右", 9.0, 11.0),  # about X: either side
    ("10年以上", 10.0, 20.0), ("超过八年", 8.0, 18.0),  # a floor: a higher rule stays open
])
def test_a_hedged_count_keeps_its_range(text, low, high):
    (span,) = durations(text)
    assert span.span == (low, high)
    assert low <= span.years <= high  # the count as read lies in its range


@pytest.mark.parametrize("text", ["八年", "两年半", "一年零三个月", "满五年", "第三年", "18个月",
                                  "差不多十年", "差不多有十五年"])
def test_an_exact_count_has_no_range(text):
    assert durations(text)[0].span is None


@pytest.mark.parametrize(("text", "years"), [("差不多十年", 10.0), ("差不多有十五年", 15.0), ("差不多四年", 4.0)])
def test_about_x_is_x(text, years):
    """差不多X is the speaker's own round figure, said as the count: X, not X - 0.5 (numbers' conventions)."""
    assert durations(text)[0].years == years


@pytest.mark.parametrize(("text", "field", "ends"), [
    ("干了二十多年电工", "years_in_field", (29.99, 20.0)),
    ("做数控将近十年了", "years_in_field", (10.0, 9.0)),
    ("在杭州全职不到三年", "years_full_time_in_hangzhou", (2.99, 2.0)),
    ("我在宁波干焊工十来年了", "years_in_field", (12.99, 9.0)),
])
def test_the_extractor_hands_the_range_to_the_dialogue(text, field, ends):
    got = extract(text, TODAY)
    assert got.early[field] == ends
    assert ends[1] <= got.profile[field] <= ends[0]


@pytest.mark.parametrize(("text", "field_years", "hz", "zj"), [
    ("在杭州干了3年，之前在上海干了4年", 7.0, 3.0, 3.0),
    ("之前在苏州做了5年开发，后来到杭州做开发2年", 7.0, 2.0, 2.0),
    ("在杭州做了3年数据开发，之前在宁波做了5年开发", 8.0, 3.0, 8.0),  # both in Zhejiang: 8 there too
    ("在宁波工作了6年，来杭两年", None, 2.0, 8.0),  # "来杭" names no work: only the places add up
])
def test_years_in_different_cities_add_up(text, field_years, hz, zj):
    profile = extract(text, TODAY).profile
    assert profile.get("years_in_field") == field_years
    assert profile["years_full_time_in_hangzhou"] == hz and profile["years_full_time_in_zhejiang"] == zj


@pytest.mark.parametrize("text", ["在富阳干了12年一线", "在萧山做了12年焊工", "我在杭州当了12年钳工"])
def test_the_trades_years_in_hangzhou_are_the_trades_years_too(text):
    profile = extract(text, TODAY).profile
    assert profile["years_in_field"] == 12.0 and profile["years_full_time_in_hangzhou"] == 12.0


@pytest.mark.parametrize("text", ["在杭州做焊工12年，干焊工一共10年", "在滨江做了8年开发，从事开发5年",
                                  "我在杭州当了6年钳工，干钳工总共才4年"])
def test_fewer_years_in_the_trade_than_in_hangzhou_is_a_contradiction(text):
    got = extract(text, TODAY)
    assert "years_in_field" not in got.profile and "years_full_time_in_hangzhou" not in got.profile
    assert any("不会少于在杭州的年限" in c for c in got.contradictions)


@pytest.mark.parametrize("text", ["在杭州做焊工3年，干焊工10年", "从事开发9年，在杭州做开发5年"])
def test_more_years_in_the_trade_than_in_hangzhou_is_consistent(text):
    got = extract(text, TODAY)
    assert not got.contradictions and got.profile["years_in_field"] > got.profile["years_full_time_in_hangzhou"]


@pytest.mark.parametrize(("text", "city"), [
    ("在杭州兼职两年，全职在绍兴", "绍兴"),
    ("我主业在绍兴一家公司做数据开发，每周来杭州给一家公司兼职两天，已经三年了", "绍兴"),
    ("我在湖州一家厂全职上班，周末去杭州兼职做设计", "湖州"),
])
def test_part_time_in_hangzhou_beside_a_full_time_job_elsewhere_is_no_full_time_in_hangzhou(text, city):
    profile = extract(text, TODAY).profile
    assert profile["years_full_time_in_hangzhou"] == 0.0
    assert profile["employment"] == "full_time" and profile["employer_city"] == city


def test_part_time_in_hangzhou_alone_gives_no_full_time_years():
    profile = extract("在杭州兼职做了3年", TODAY).profile
    assert "years_full_time_in_hangzhou" not in profile and profile["employment"] == "part_time"


@pytest.mark.parametrize(("text", "occupation"), [("我干了二十多年电工", "电工"), ("做了3年数据开发", "数据开发"),
                                                  ("干了八年的钳工", "钳工")])
def test_the_count_before_the_occupation_is_not_part_of_it(text, occupation):
    assert extract(text, TODAY).profile["occupation"] == occupation


@pytest.mark.parametrize(("text", "start", "field_years"), [
    ("本人在拱墅一家国企的数据公司做数据治理工程师，2016年硕士毕业就进来了", "2016-12", 9.92),  # the place before
    ("2016年起就一直在这做医院信息系统，杭州全职", "2016-12", 9.92),  # the place after
    ("2015年大学毕业就来了杭州这家厂，一直做钳工", "2015-12", 10.92),
])
def test_a_start_said_of_here_takes_its_place_from_the_next_clause(text, start, field_years):
    profile = extract(text, TODAY).profile
    assert profile["hangzhou_full_time_start"] == start and profile["years_in_field"] == field_years


@pytest.mark.parametrize(("text", "field_years", "hz"), [
    ("2010年开始做数据开发，2018年3月来杭州后一直在杭州全职干", 15.92, 8.67),  # the trade's own start comes first
    ("2013年入行，2016年起一直在杭州全职", 12.92, 9.92),
    ("我2011年才来杭州，一直在一家机械厂一线开数控车床", 14.92, 14.92),  # since then at it: the trade's floor
])
def test_the_trades_start_and_the_start_in_hangzhou_are_told_apart(text, field_years, hz):
    profile = extract(text, TODAY).profile
    assert profile["years_in_field"] == field_years and profile["years_full_time_in_hangzhou"] == hz


@pytest.mark.parametrize(("text", "city"), [("2019年从苏州调来杭州", "杭州"), ("我是从江苏常州过来的，现在在绍兴一家厂上班", "绍兴"),
                                            ("从安徽过来宁波上班十年了", "宁波")])
def test_the_place_one_came_from_is_not_the_workplace(text, city):
    assert extract(text, TODAY).profile.get("employer_city") == city


@pytest.mark.parametrize(("text", "where", "field", "value"), [
    ("今年4月从江苏常州过来的", "绍兴", "years_full_time_in_zhejiang", 0.58),
    ("是去年4月来的", "杭州", "hangzhou_full_time_start", "2025-04"),
    ("2019年3月调过来的", "萧山", "hangzhou_full_time_start", "2019-03"),
])
def test_a_start_said_without_a_place_is_at_the_workplace_the_chat_knows(text, where, field, value):
    assert extract(text, TODAY).profile.get(field) is None  # alone it names no place
    assert extract(text, TODAY, where=where).profile[field] == value


@pytest.mark.parametrize("text", ["我在余杭做AIGC应用开发，2022年7月毕业就进了现在这家民企",
                                  "在滨江一家公司做测试，2022年7月进的现在这家", "2022年7月进了现在的公司，在杭州做运维"])
def test_now_in_the_employers_name_is_not_a_date(text):
    assert extract(text, TODAY).profile["hangzhou_full_time_start"] == "2022-07"


@pytest.mark.parametrize(("text", "low", "high"), [
    ("三四年", 3.0, 4.0), ("两三年", 2.0, 3.0), ("一两年", 1.0, 2.0), ("七八年", 7.0, 8.0), ("三五年", 3.0, 5.0),
    ("十五六年", 15.0, 16.0), ("二十七八年", 27.0, 28.0), ("一二十年", 10.0, 20.0), ("两三个月", 0.17, 0.25),
])
def test_two_neighbouring_numbers_are_a_range_not_one_number(text, low, high):
    (span,) = durations(text)
    assert span.years == low and span.span == (low, high)  # "三四年" was once read as 34 years


@pytest.mark.parametrize(("text", "years"), [("十二年", 12.0), ("三十四年", 34.0), ("两年半", 2.5)])
def test_one_number_stays_one_number(text, years):
    (span,) = durations(text)
    assert span.years == years and span.span is None


@pytest.mark.parametrize(("text", "field", "ends"), [
    ("做焊工三四年了", "years_in_field", (4.0, 3.0)),
    ("在杭州干了七八年", "years_full_time_in_hangzhou", (8.0, 7.0)),
    ("一直在宁波做模具，十五六年了", "years_in_field", (16.0, 15.0)),
])
def test_a_range_of_two_numbers_reaches_the_dialogue(text, field, ends):
    got = extract(text, TODAY)
    assert got.early[field] == ends and got.profile[field] == ends[1]


@pytest.mark.parametrize(("text", "hz"), [
    ("在萧山干了5年多，在余杭干了3年", 8.0),  # two districts of Hangzhou: two periods
    ("在滨江做了2年开发，后来在西湖区又做了4年", 6.0),
    ("在杭州干了8年，在滨江干了3年", 8.0),  # the city's count holds the district's
])
def test_years_in_places_within_hangzhou(text, hz):
    got = extract(text, TODAY)
    assert got.profile["years_full_time_in_hangzhou"] == hz and not got.contradictions


@pytest.mark.parametrize(("text", "field_years"), [
    ("我在杭州待了快十年了，一直做电工", 9.5),  # the always-clause after the count names the work
    ("在建德干了一辈子钳工，三十多年", 30.0),  # a clause that is only a count belongs to the clause before
    ("在宁波做模具，十五六年了", 15.0),
])
def test_a_count_takes_the_work_from_the_clause_next_to_it(text, field_years):
    assert extract(text, TODAY).profile["years_in_field"] == field_years


@pytest.mark.parametrize(("text", "low", "high"), [("小二十年", 19.0, 20.0), ("快有三年", 2.0, 3.0)])
def test_more_hedges(text, low, high):
    (span,) = durations(text)
    assert span.span == (low, high)


@pytest.mark.parametrize(("text", "city", "hz"), [
    ("白天在嘉兴上班，晚上在杭州一家公司兼职做运维", "嘉兴", 0.0),
    ("我在湖州一家厂全职上班，周末去杭州兼职做设计三年了", "湖州", 0.0),
    ("白天在杭州上班，晚上兼职做设计", "杭州", None),
])
def test_a_part_time_job_beside_a_main_one_leaves_the_main_one_full_time(text, city, hz):
    profile = extract(text, TODAY).profile
    assert profile["employment"] == "full_time" and profile["employer_city"] == city
    assert profile.get("years_full_time_in_hangzhou") == hz
    assert "years_full_time_in_zhejiang" not in profile  # "白天" is no date a job started
    assert "years_in_field" not in profile  # the side job's years are not the trade's


@pytest.mark.parametrize(("text", "field", "hz"), [
    ("我是做直播电商运营的，在杭州干了6年", 6.0, 6.0),
    ("我是做软件测试的，在杭州全职干了9年", 9.0, 9.0),
    ("我做数控编程的，在萧山干了8年了", 8.0, 8.0),
    ("我是杭州人，在杭州干了6年", None, 6.0),  # no job named: the years are the place's only
    ("在杭州干了6年", None, 6.0),
])
def test_years_in_a_place_right_after_the_job_are_years_of_that_job(text, field, hz):
    profile = extract(text, TODAY).profile
    assert profile.get("years_in_field") == field and profile.get("years_full_time_in_hangzhou") == hz


@pytest.mark.parametrize(("text", "place", "years"), [
    ("我在萧山一家汽车零部件厂干钳工，干了快十五年了", "years_full_time_in_hangzhou", 14.5),
    ("我在宁波一家模具厂当钳工，做了十年", "years_full_time_in_zhejiang", 10.0),
    ("我在滨江做后端开发，干了8年", "years_full_time_in_hangzhou", 8.0),
])
def test_a_clause_of_only_the_work_verb_and_a_count_is_the_count_of_the_place_before(text, place, years):
    """"…在萧山一家厂干钳工，干了十五年" counts the years there; the count had gone to the trade alone, so the
    chat asked "您在浙江全职工作多少年了" of a man who had just said it."""
    profile = extract(text, TODAY).profile
    assert profile.get(place) == years and profile.get("years_in_field") == years


@pytest.mark.parametrize(("text", "expected"), [
    ("干了8年……不对，是10年", {"years_in_field": 10.0}),
    ("我在杭州做软件开发，干了8年，不对，是十年", {"years_in_field": 10.0, "years_full_time_in_hangzhou": 10.0}),
    ("我是钳工，干了十二年，哦说错了，十五年", {"years_in_field": 15.0}),
])
def test_a_bare_count_after_a_correction_replaces_the_count_it_corrects(text, expected):
    profile = extract(text, TODAY).profile
    assert {k: profile.get(k) for k in expected} == expected


def test_a_bare_count_after_a_correction_of_two_different_counts_is_not_guessed():
    profile = extract("干了8年，在杭州3年，不对，是4年", TODAY).profile
    assert (profile.get("years_in_field"), profile.get("years_full_time_in_hangzhou")) == (8.0, 3.0)


@pytest.mark.parametrize("clause", ["我19年进的钱塘区一家芯片设计公司", "我19年进的这家公司", "我15年进杭州的"])
def test_a_year_one_joined_in_is_no_span(clause):
    # "我19年进的…公司" is 2019, not nineteen years in the trade (which passed every years rule)
    assert durations(clause) == []


@pytest.mark.parametrize(("clause", "years"), [("我在这干了19年进步很大", 19.0), ("干了15年进口设备维修", 15.0)])
def test_a_count_before_other_words_of_jin_stays(clause, years):
    assert [d.years for d in durations(clause)] == [years]


@pytest.mark.parametrize(("text", "occupation"), [("在杭州干物流差不多四年", "物流"), ("在杭州做家政快三年了", "家政"),
                                                  ("做电商客服大概六年", "电商客服")])
def test_a_hedge_before_the_count_is_no_part_of_the_work(text, occupation):
    assert extract(text, TODAY).profile["occupation"] == occupation
