"""What a count of years is of: the object said after the count names the job ("开了十二年叉车"), 前端 after a
count is no "ago", and years of living, growing up or studying in a place are no years of work there."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, years", [("俺在临平开了十二年叉车", 12.0), ("我原来在温州干了10年电焊", 10.0),
                                         ("我在萧山开了五年出租车", 5.0), ("之前在上海做了六年前端开发", 6.0)])
def test_the_object_after_the_count_names_the_job(text, years):
    assert extract(text, TODAY).profile.get("years_in_field") == years


@pytest.mark.parametrize("text", ["在杭州干了8年", "在杭州待了八年"])
def test_a_count_in_a_place_with_no_job_named_is_not_the_trades(text):
    assert "years_in_field" not in extract(text, TODAY).profile


@pytest.mark.parametrize("text", ["在杭州住了十年了，做电工", "我在杭州生活了二十年", "在杭州读书四年"])
def test_years_of_living_are_not_years_of_work(text):
    assert "years_full_time_in_hangzhou" not in extract(text, TODAY).profile


@pytest.mark.parametrize("text, city, years", [("我在杭州生活了二十年，在萧山上班八年", "杭州", 8.0),
                                               ("在杭州读书四年，毕业后在宁波干了五年焊工", "宁波", None)])
def test_the_work_beside_the_living_still_counts(text, city, years):
    profile = extract(text, TODAY).profile
    assert profile.get("employer_city") == city and profile.get("years_full_time_in_hangzhou") == years


@pytest.mark.parametrize("text", ["3年前在杭州工作过", "十年前在萧山干过电工"])
def test_work_years_ago_is_not_the_present(text):
    assert "employment" not in extract(text, TODAY).profile


@pytest.mark.parametrize("text, years", [("是一名注塑工，工龄十八年", 18.0), ("工龄二十年，在萧山一家厂当电工", 20.0),
                                         ("在杭州上班，工龄满10年", 10.0)])
def test_working_years_are_the_trades(text, years):
    assert extract(text, TODAY).profile.get("years_in_field") == years


def test_working_years_are_not_the_places():
    assert "years_full_time_in_hangzhou" not in extract("在杭州上班，工龄满10年", TODAY).profile


@pytest.mark.parametrize("text", ["反正就是在杭州搞数控的，干了有个十一二年了吧", "在杭州做电工，有个十一二年了"])
def test_a_count_said_with_you_ge_still_only_counts(text):
    assert extract(text, TODAY).profile.get("years_full_time_in_hangzhou") == 11.0
