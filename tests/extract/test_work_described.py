"""What one does all day, in words no phrase table lists (issue 13): the post from a clause naming no post
("天天在流水线上") by the role classifier's none class, and a verb of work (jieba parts of speech) for employment
and for the years of the job ("在一家化工厂管中控室十几年了")."""

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.doing import work_object, work_verb

TODAY = dt.date(2026, 11, 21)


@pytest.mark.slow
@pytest.mark.parametrize("text", ["我天天在流水线上", "在职的，整天守着几台注塑机", "我一天到晚泡在车间里",
                                  "每天在机台前面操作"])
def test_a_day_on_the_line_is_front_line_work(text):
    assert extract(text, TODAY).profile.get("role_type") == "frontline_technical"


@pytest.mark.slow
@pytest.mark.parametrize("text", ["我1988年生，工会会员，在杭州一家民企，2019年来的杭州", "2024年拿了省科技进步奖二等奖，主要完成人",
                                  "在职的", "我在杭州一家化工厂管中控室"])
def test_a_clause_naming_no_post_gives_no_post(text):
    assert "role_type" not in extract(text, TODAY).profile


@pytest.mark.parametrize("text", ["我在一家化工厂管中控室", "在萧山一家物流公司开叉车", "在杭州一家酒店管客房"])
def test_any_verb_of_work_at_a_workplace_means_employed(text):
    e = extract(text, TODAY)
    assert e.profile.get("employment") == "full_time" and e.inferred == ("employment",)


@pytest.mark.parametrize("text", ["我在杭州买了房，工会会员", "我在杭州一家公司，想报数字工匠"])
def test_no_verb_of_work_or_a_status_said_infers_nothing(text):
    assert "employment" not in extract(text, TODAY).profile


@pytest.mark.parametrize("text, years, span", [
    ("我在建德一家化工厂管中控室十几年了", 10.0, (19.99, 10.0)),
    ("在电厂值班十几年了", 10.0, (19.99, 10.0)),
    ("在物流公司开叉车，开了8年", 8.0, None),
])
def test_years_said_with_a_verb_of_work_are_the_jobs(text, years, span):
    e = extract(text, TODAY)
    assert e.profile.get("years_in_field") == years
    assert e.early.get("years_in_field") == span


def test_years_in_a_place_without_work_are_not_the_jobs():
    assert "years_in_field" not in extract("我在杭州住了十年", TODAY).profile


@pytest.mark.parametrize("clause, verb", [("管中控室十几年", "管"), ("每天守着机床", "守"), ("在杭州住了十年", None),
                                          ("我想报数字工匠", None), ("没干过这行", None), ("拿过省赛第一名", None)])
def test_work_verb(clause, verb):
    assert work_verb(clause) == verb


def test_work_object_needs_an_object():
    assert work_object("在一家化工厂管中控室") == "管中控室"
    assert work_object("在杭州一家公司上班8年") is None
