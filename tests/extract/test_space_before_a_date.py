"""A phone-typed message separates clauses with spaces; a space before a date ("…ERP开发 19年10月跳槽来杭州") ends the
clause before it as a comma would, or the date and the move are read into the clause before (三年 in 宁波 became the
years in Hangzhou). Only a date does (a four-digit year, or a year with its month); a count ("做钳工 15年了"), a number
after the word that takes it ("干了 15年") or after the person it is said of ("他 1985年生的") stays joined."""

from __future__ import annotations

import datetime as dt

from assistant.extract import extract
from assistant.extract.text import normalize

TODAY = dt.date(2026, 11, 21)


def test_a_space_before_a_date_ends_the_clause():
    profile = extract("我16年毕业在宁波做了三年ERP开发 19年10月跳槽来杭州 在西湖区做数据中台", TODAY).profile
    assert profile["hangzhou_full_time_start"] == "2019-10"
    assert profile["years_full_time_in_hangzhou"] == 7.08


def test_a_space_before_a_count_or_after_its_word_or_person_joins():
    assert normalize("焊工 2012年来的杭州") == "焊工，2012年来的杭州"
    assert normalize("在杭州干了 15年电工") == "在杭州干了15年电工"  # the word before takes the number
    assert normalize("做钳工 15年了") == "做钳工15年了"  # a count, not a date
    assert normalize("我老公他 1985年生的") == "我老公他1985年生的"  # the person the date is said of
