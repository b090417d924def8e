"""A phone-typed message separates clauses with spaces; a space before a date ("…ERP开发 19年10月跳槽来杭州") ends the
clause before it as a comma would, or the date and the move are read into the clause before (三年 in 宁波 became the
years in Hangzhou). A space after a word that takes the number ("干了 15年") joins them."""

from __future__ import annotations

import datetime as dt

from assistant.extract import extract
from assistant.extract.text import normalize

TODAY = dt.date(2026, 11, 21)


def test_a_space_before_a_date_ends_the_clause():
    profile = extract("我16年毕业在宁波做了三年ERP开发 19年10月跳槽来杭州 在西湖区做数据中台", TODAY).profile
    assert profile["hangzhou_full_time_start"] == "2019-10"
    assert profile["years_full_time_in_hangzhou"] == 7.08


def test_a_space_after_a_word_that_takes_the_number_joins_them():
    assert normalize("在杭州干了 15年电工") == "在杭州干了15年电工"
    assert normalize("焊工 2012年来的杭州") == "焊工，2012年来的杭州"
