"""Honours and competitions below the levels the notices list (batch j's misses): a county's, a district's or one's
employer's contest or honour was dropped, so the checker asked for placings and honours the asker had already
described, and could not say that none of theirs counts. Now such a result is a fact — none of the listed kind
(``competition_results``/``awards`` = []) — said back with its level; a nomination is no honour."""

from __future__ import annotations

import pytest

from assistant.extract import extract
from tests.extract_support import TODAY


@pytest.mark.parametrize("text", [
    "厂里技能比武我拿过两次第一",
    "集团内部的数控大赛拿过第二名",
    "2014年淳安县电工技能比赛我拿过第一名，县里的",
    "区里的技能比赛拿过一等奖",
    "在公司组织的焊工比赛里得了冠军",
])
def test_a_contest_below_the_listed_levels_is_no_listed_placing(text):
    found = extract(text, TODAY)
    assert found.profile.get("competition_results") == []
    assert any("不算通知所列" in r for r in found.readings)


@pytest.mark.parametrize("text, level", [
    ("2019年杭州市职业技能大赛拿了第一名", "municipal"),
    ("代表厂里参加浙江省焊工技能大赛，拿了第三名", "provincial"),
])
def test_a_listed_contest_named_beside_the_employer_keeps_its_level(text, level):
    results = extract(text, TODAY).profile.get("competition_results")
    assert results and results[0]["level"] == level


@pytest.mark.parametrize("text", [
    "评过区级技术能手，余杭区的",
    "拿过萧山区技术能手",
    "2020年获得桐庐县五一劳动奖章",
    "厂里评过技术标兵",
    "拿过集团的技术能手称号",
])
def test_an_honour_below_the_listed_levels_is_no_listed_honour(text):
    found = extract(text, TODAY)
    assert found.profile.get("awards") == []
    assert any("不是通知所列" in r for r in found.readings)


@pytest.mark.parametrize("text", [
    "拿过省技术能手的提名，最后没评上",
    "拿过省技术能手的提名",
    "入围了杭州市技术能手",
])
def test_a_nomination_is_no_honour(text):
    assert not extract(text, TODAY).profile.get("awards")


def test_a_listed_honour_is_still_read():
    awards = extract("2018年评过杭州市技术能手", TODAY).profile.get("awards")
    assert awards == [{"level": "municipal", "kind": "杭州市技术能手", "year": 2018}]
