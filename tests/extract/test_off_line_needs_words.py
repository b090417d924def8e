"""A post off the line is read only from words of one or from a sure classifier: a short description of work
that names no post ("做3D打印的", "做SEO和信息流投放") read as office work at a low probability fails the front-line
rules outright, so the post is asked instead. Latin-lettered work (做数字IC设计) is read in the words of its field."""

from __future__ import annotations

import pytest

from assistant.extract import jobs, judge


def test_an_unsure_off_line_reading_with_no_post_word_abstains(monkeypatch):
    monkeypatch.setattr(judge, "role_judgement", lambda t: ("administrative", 0.5))
    assert jobs.role_of("做3D打印的") is None


@pytest.mark.parametrize("text", ["车间主任，主要开会排产", "在公司办公室管文件和公章", "互联网公司的行政专员"])
def test_words_of_a_post_off_the_line_keep_the_reading(text, monkeypatch):
    monkeypatch.setattr(judge, "role_judgement", lambda t: ("management", 0.5))
    assert jobs.role_of(text) in ("management", "administrative")


def test_a_sure_off_line_reading_stands(monkeypatch):
    monkeypatch.setattr(judge, "role_judgement", lambda t: ("administrative", 0.95))
    assert jobs.role_of("做点杂事") == "administrative"


def test_latin_letters_are_read_as_their_field(monkeypatch):
    monkeypatch.setattr(judge, "role_judgement", lambda t: (None, 0.9))
    assert jobs.role_of("做数字IC设计") == "frontline_technical"  # 做数字芯片设计: a technical field done


@pytest.mark.slow
@pytest.mark.parametrize("text", ["做数字IC设计", "UI设计", "在一家服装厂做UI设计，负责公司小程序的界面"])
def test_latin_lettered_work_is_front_line_on_the_real_model(text):
    assert jobs.role_of(text) == "frontline_technical"


@pytest.mark.parametrize("text", ["做数字IC设计", "负责MES运维", "做iOS开发"])
def test_latin_lettered_technical_work_is_the_work_done(text):
    assert jobs.technical_work(text)


def test_latin_lettered_work_gives_the_post_in_extraction():
    import datetime as dt

    from assistant.extract import extract

    assert extract("我做数字IC设计", dt.date(2026, 11, 21)).profile.get("role_type") == "frontline_technical"
