"""Two facts the notices speak to only in general words.

A disciplinary or legal matter the asker raises about themself is read as ``conduct`` (the checker leaves it open:
every notice asks 遵纪守法 and none says which matters bar an applicant); a denial, someone else's matter, or a
question about such people in general raises nothing. Residents of 台湾/香港/澳门 and 华侨 are Chinese nationals;
美籍 and 外籍华人 are not, and a place worked in is no nationality."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, said", [
    ("前年厂里通报批评过我一次 因为一次上线没走审批", "通报批评"),
    ("17年的时候受过一个警告处分，因为检修记录漏签", "警告处分"),
    ("我是党员，以前受过党内警告处分", "处分"),
    ("年轻时候不懂事被拘留过几天", "拘留"),
    ("去年因为违规操作被罚款两千", "罚款"),
    ("之前在厂里因为安全帽没戴被罚过两百块", "被罚过"),
    ("我受过记过处分，还能报吗", "记过"),
])
def test_a_matter_raised_is_read(text, said):
    got = extract(text, TODAY).profile.get("conduct", "")
    assert said in got and "吗" not in got


@pytest.mark.parametrize("text", [
    "从来没受过任何处分", "无违法违纪记录", "没有违法犯罪记录，也没受过处分", "我同事受过处分",
    "受过处分的人能报吗", "我记过账，干了三年会计", "单位去年出过安全事故",
])
def test_nothing_raised(text):
    assert "conduct" not in extract(text, TODAY).profile


@pytest.mark.parametrize("text", ["我是台湾同胞，有台胞证，98年来杭州", "我是香港人，在滨江上班", "我是华侨，回国十年了",
                                  "他是澳门居民"])
def test_compatriots_are_chinese_nationals(text):
    assert extract(text, TODAY).profile.get("nationality") == "中国"


@pytest.mark.parametrize("text", ["我是美籍华人", "外籍华人，在杭州工作"])
def test_foreign_nationals(text):
    assert extract(text, TODAY).profile.get("nationality") == "外国"


def test_a_place_worked_in_is_no_nationality():
    assert "nationality" not in extract("在香港工作过三年，后来回杭州", TODAY).profile
