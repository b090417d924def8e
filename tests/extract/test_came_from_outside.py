"""Where one worked before coming to Hangzhou, by jionlp (``parse_location`` for a clause, the gazetteer for the
place after 从), not by a hand-written list of provinces: work outside Zhejiang before the move adds no years
in Zhejiang, so the Hangzhou years are Zhejiang's too."""

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.places import place_at, province_in

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["之前一直在安徽，今年3月才来杭州", "从内蒙古过来的，今年3月才来杭州上班",
                                  "之前在广东东莞，今年3月来的杭州", "之前一直在外省打工，今年3月才来杭州上班"])
def test_work_outside_zhejiang_before_adds_no_zhejiang_years(text):
    profile = extract(text, TODAY).profile
    assert profile["years_full_time_in_zhejiang"] == profile["years_full_time_in_hangzhou"] == 0.67


@pytest.mark.parametrize("text, province", [("之前一直在安徽", "安徽省"), ("在深圳干了5年", "广东省"), ("原来在萧山", "浙江省"),
                                            ("之前一直在厂里干", None)])
def test_the_province_a_clause_names(text, province):
    assert province_in(text) == province


@pytest.mark.parametrize("text, province", [("从江西过来", "江西省"), ("从常州调来", "江苏省"), ("从小就喜欢", None)])
def test_the_place_after_from(text, province):
    assert place_at(text, 1) == province
