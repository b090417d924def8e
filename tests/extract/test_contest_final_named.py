"""A contest named by its final ("全国总决赛拿了季军", "…工总决赛第三名") is a competition whose placing the rows
judge (lexicon.json competition.named): 杭州工匠 三/(二)/4's national top three, waiving the years (cf probe
el-cf028), was read as no result at all."""

from __future__ import annotations

import datetime as dt

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def test_a_national_final_placing_is_read():
    results = extract("2014年全国总决赛拿了季军，个人项目", TODAY).profile["competition_results"]
    assert [(r["level"], r["rank"], r["year"]) for r in results] == [("national", 3, 2014)]


def test_a_final_without_a_placing_is_no_result():
    assert not extract("2018年参加了全国总决赛，没拿名次", TODAY).profile.get("competition_results")
