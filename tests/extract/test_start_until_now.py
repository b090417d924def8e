"""Starts said as "since then" without a verb of arriving: "2005年就在那干了", "从2005年干到现在", "2005年至今" (found
trying the chat as a new user: a 桐庐 mould fitter's "2005年就在那干了" gave no years, and the chat asked for them)."""

from __future__ import annotations

import pytest

from assistant.extract import extract
from tests.extract_support import ABSENT, TODAY, check


@pytest.mark.parametrize("text, expected", [
    ("我在桐庐一家厂做模具钳工，2005年就在那干了", {"years_in_field": 20.92, "years_full_time_in_hangzhou": 20.92}),
    ("2005年就在桐庐一家厂做模具钳工了", {"years_in_field": 20.92, "years_full_time_in_hangzhou": 20.92}),
    ("1996年就在杭州做打版了，一直没离开过杭州", {"years_full_time_in_hangzhou": 29.92}),
    ("2005年至今一直在桐庐做竹编", {"years_in_field": 20.92, "years_full_time_in_hangzhou": 20.92}),
    # the span up to now is the trade's, and the years in the place of the job said in the clause next to it
    ("我在萧山一家厂做钳工，从2005年干到现在", {"years_in_field": 20.92, "years_full_time_in_hangzhou": 20.92}),
])
def test_a_start_said_as_since_then(text, expected):
    check(text, expected)


def test_a_span_carried_from_an_always_there_clause_gives_way_to_the_start():
    # the count is the job's ("这行12年"), the place only carried from "一直在杭州全职": no conflict to ask about
    check("干软件开发这行12年了，2019年来的杭州，一直在杭州全职", {"years_full_time_in_hangzhou": 6.92})


@pytest.mark.parametrize("text, expected", [
    # the lead's round-seven trial: a district said only as where the named work is done gives way to a start said
    # of Hangzhou itself, with no conflict to ask about
    ("我在滨江做嵌入式开发十年了，19年来的杭州一直全职", {"years_in_field": 10.0, "years_full_time_in_hangzhou": 6.92}),
    ("在萧山做数控编程十二年了，2020年才到杭州", {"years_in_field": 12.0, "years_full_time_in_hangzhou": 5.92}),
    # said of Hangzhou with no work named, the count and the start are two stories: still asked
    ("在杭州工作了十年，19年来的杭州", {"years_full_time_in_hangzhou": ABSENT}),
])
def test_a_count_placed_only_by_the_work_gives_way_to_the_start(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # batch j's kind of miss: a county of 杭州市 in the job's clause, the span up to now in the next
    ("我在余杭一家阀门厂里当安装工，从2010年干到现在", {"years_in_field": 15.92, "years_full_time_in_hangzhou": 15.92,
                                                 "years_full_time_in_zhejiang": 15.92}),
    ("我在淳安县城的酒店当厨师，从2016年做到现在", {"years_full_time_in_hangzhou": 9.92}),
    ("从2015年干到现在，在建德一家水泥厂做电工", {"years_full_time_in_hangzhou": 10.92}),
    ("我在宁波一家模具厂当钳工，从2010年干到现在", {"years_full_time_in_zhejiang": 15.92, "years_full_time_in_hangzhou": ABSENT}),
    # a start of the place said outright is later than the job's: it wins (el-i020's kind)
    ("我在滨江做测试，2015年干到现在，2021年才来的杭州", {"years_in_field": 10.92, "years_full_time_in_hangzhou": 4.92}),
    ("我在临平一家公司做设备数据采集，从2016年做到现在，全职。来杭州的时间记不太清了，2021年初吧",
     {"years_in_field": 9.92, "hangzhou_full_time_start": ABSENT}),
    # a past job's place is not the span's
    ("以前在嘉兴做模具，从2010年干到现在", {"years_full_time_in_zhejiang": ABSENT}),
    # years before the span add to the place's years before it
    ("以前在嘉兴做了三年，现在在萧山一家厂当电工，2018年干到现在", {"years_full_time_in_hangzhou": 7.92,
                                                   "years_full_time_in_zhejiang": 10.92}),
])
def test_a_span_up_to_now_counts_for_the_place_of_its_job(text, expected):
    check(text, expected)


def test_a_transfer_within_hangzhou_keeps_the_first_start():
    # el-j011's kind: 建德 is in 杭州市, so 2008's transfer to the city's districts starts nothing
    check("我是电焊工，1998年在建德一家钢结构厂开始干，2008年调到杭州市区的分厂，一直干到现在",
          {"hangzhou_full_time_start": "1998-12", "years_full_time_in_hangzhou": 27.92})
    check("2015年在上海，2020年调到杭州", {"hangzhou_full_time_start": "2020-12"})


def test_what_someone_else_says_of_the_asker_is_no_fact():
    # el-j011: "有人说我在杭州市区才八年" is the claim asked about, not a count to set against 1998
    found = extract_of("我是电焊工，1998年在建德一家钢结构厂开始干，2008年调到杭州市区的分厂，一直干到现在。"
                       "有人说我在杭州市区才八年，是这样吗？")
    assert found.profile.get("years_full_time_in_hangzhou") == 27.92
    assert not found.contradictions


def extract_of(text):
    return extract(text, TODAY)


@pytest.mark.parametrize("text, expected", [
    # a bare start after the present job's clause, and a span beside where the employer is
    ("一直在建德做厨师，2009年开始的", {"years_full_time_in_hangzhou": 16.92}),
    ("在千岛湖一家民宿当管家，2018年开始的", {"years_full_time_in_hangzhou": 7.92}),
    ("我们厂在萧山，我从2013年进厂干到现在", {"years_full_time_in_hangzhou": 12.92}),
    ("以前在宁波当厨师，2015年开始的", {"years_full_time_in_zhejiang": ABSENT}),
])
def test_a_start_beside_the_job_or_the_employers_place(text, expected):
    check(text, expected)
