"""A premise's value is checked against the value the notice says of the same place: the notices' short forms
("在杭", "在浙") are that place, and a place the question opens with is what its later count is said of
(chat/premise/places.py, chat/premise/)."""

from __future__ import annotations

import pytest

from assistant.chat.premise import correction
from assistant.chat.premise.places import places

_YEARS_D4 = ("从事数字经济行业工作一般在5年以上且在杭全职工作1年以上,目前仍在技术岗位上工作")
_YEARS_ZJ = ("候选人应来自生产服务一线，原则上从事本职业（工种）5年以上，取得高级技师以上职业资格，"
             "在浙全职工作 1年以上的在岗人员中推荐。")
_QUOTA = "各区县(市)总工会推荐不超过 4 名,其中数字经济相对领先的滨江区、西湖区、余杭区可推荐不超过 6 名。"


@pytest.mark.parametrize(("text", "expected"), [
    ("在杭全职工作", {"杭州"}),  # the notices' short form is the city
    ("在浙全职工作", {"浙江"}),
    ("要在杭州干满", {"杭州"}),
    ("余杭区数字经济体量大", {"余杭"}),  # a district, without its suffix
    ("我们拱墅的", {"拱墅"}),
    ("杭州工匠", set()),  # a programme's name is no place a value is said of
    ("在杭州", {"杭州"}),
])
def test_places_read_short_forms_and_districts(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(("question", "quote", "stated"), [
    ("要在杭州干满两年对吧", _YEARS_D4, "而是1年"),  # 在杭州 is the 在杭 years, not the 5 in the trade
    ("在浙江干两年才能报吧", _YEARS_ZJ, "而是1年"),
    ("要做数字经济满三年吧", _YEARS_D4, "而是5年"),  # no place: the trade's years
    ("余杭区数字经济体量大，第四届能往上推8个人对伐", _QUOTA, "而是6名"),  # the topic is 余杭区
    ("我们余杭的，能推几个？是8个吧", _QUOTA, "而是6名"),
    ("拱墅区这次能推5个吧", _QUOTA, "而是4名"),
])
def test_the_value_said_of_the_same_place_corrects(question, quote, stated):
    said = correction(question, quote)
    assert said is not None and said.startswith("不对") and stated in said, said


def test_a_true_premise_about_a_place_is_agreed_with():
    assert correction("余杭区这边，能推6个对吧", _QUOTA).startswith("是的")
    assert correction("在杭州全职干满1年就行对吧", _YEARS_D4).startswith("是的")
