"""A long message typed with no punctuation at all is cut where a new fact starts (a dated fact, a count of years
ending its fact, the speaker starting over, the rest denied, the closing question), so a denial does not take the
record after it and the year counts are read; a punctuated message is left as it is. Phrasings not in the probes."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.runon import runs_end_clauses

TODAY = dt.date(2026, 11, 21)


def _profile(text: str) -> dict:
    return extract(text, TODAY).profile


def test_a_denial_does_not_take_the_placing_dated_after_it():
    p = _profile("我在一家民营软件公司做测试开发七年一直在杭州全职工会会员技术岗没拿过什么称号"
                 "2025年浙江省数字经济技能竞赛软件测试赛项拿了个人第一名能直接认定吗")
    assert p.get("competition_results") and p["competition_results"][0]["rank"] == 1


def test_the_year_counts_of_a_run_on_are_read():
    p = _profile("第四届数字工匠想问下我在民企干前端开发八年杭州全职六年工会会员没评过称号能报吗")
    assert p.get("years_full_time_in_hangzhou") == 6.0


def test_the_rest_denied_is_its_own_clause_after_the_record():
    said = runs_end_clauses("我是技师在杭州一家药厂一线做设备维修2019年拿过全国二类大赛第四名就这一个成绩其他都没有了")
    assert said.endswith("，2019年拿过全国二类大赛第四名就这一个成绩，其他都没有了")
    p = _profile("我是技师在杭州一家药厂一线做设备维修2019年拿过全国二类大赛第四名就这一个成绩其他都没有了首席技师能报吗")
    assert p.get("competition_results") and p["competition_results"][0]["rank"] == 4


@pytest.mark.parametrize("text", [
    "我在杭州干了十二年，2019年拿过省赛第二名，别的没有",  # punctuated: untouched
    "二十年来一直在杭州",  # too short to cut
    "帮我师傅问问他从2015年到2020年一直在杭州做模具五年以上了",  # 帮我, 从…到…, 五年以上: no new fact starts
])
def test_no_cut_where_no_new_fact_starts(text):
    assert runs_end_clauses(text) == text


def test_cuts_where_facts_start():
    said = runs_end_clauses("第四届数字工匠我在民企做运维六年杭州全职六年没评过称号2025年市赛拿了个人第一名能直接认定不")
    assert said == "第四届数字工匠，我在民企做运维六年，杭州全职六年，没评过称号，2025年市赛拿了个人第一名，能直接认定不"
