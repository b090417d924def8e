"""An honour of another city or province is that place's own: the tables' short forms (市技术能手, 省首席技师)
stand for Hangzhou's and Zhejiang's only when no other place is named right before them."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, award", [
    ("08年获得过宁波市技术能手", {"level": "municipal", "kind": "宁波市技术能手", "year": 2008}),
    ("我在温州，是温州市技术能手", {"level": "municipal", "kind": "温州市技术能手"}),
    ("之前在苏州，拿过江苏省技术能手", {"level": "provincial", "kind": "江苏省技术能手"}),
    ("2016年评上的嘉兴市五一劳动奖章", {"level": "municipal", "kind": "嘉兴市五一劳动奖章", "year": 2016}),
])
def test_an_award_of_another_place_keeps_its_place(text, award):
    assert extract(text, TODAY).profile.get("awards") == [award]


@pytest.mark.parametrize("text, title", [
    ("去年评上了舟山市首席技师", "舟山市首席技师"),
    ("我获评过湖州市首席技师", "湖州市首席技师"),
    ("我前年当选了安徽省首席技师", "安徽省首席技师"),
])
def test_a_title_of_another_place_is_not_hangzhous(text, title):
    assert extract(text, TODAY).profile.get("prior_titles") == [title]


@pytest.mark.parametrize("text, kind", [
    ("我是市技术能手，2019年评的", "杭州市技术能手"),
    ("杭州市技术能手，2019年评的", "杭州市技术能手"),
    ("去年评上了省技术能手", "浙江省技术能手"),
])
def test_the_short_forms_still_name_hangzhou_and_zhejiang(text, kind):
    assert [a["kind"] for a in extract(text, TODAY).profile.get("awards", [])] == [kind]
