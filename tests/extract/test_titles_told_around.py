"""A title held told without its usual frame (held21): inside a list of honours, by a teller of the record (人事, family),
by its papers kept with the speaker or given to them, at the ceremony the speaker went up to, by its year's edition;
and not held when forecast, believed, or someone else's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _titles(text: str) -> list[str] | None:
    return extract(text, TODAY).profile.get("prior_titles")


@pytest.mark.parametrize(("text", "title"), [
    ("荣誉有浙江省技术能手、浙江省首席技师、市五一劳动奖章，想报杭州市首席技师", "浙江省首席技师"),  # the list's frame
    ("获得的荣誉包括全国五一劳动奖章和浙江工匠", "浙江工匠"),
    ("老婆说我都是浙江工匠了还折腾啥，第四届数字工匠到底能不能报", "浙江工匠"),  # a teller, a rhetorical ask
    ("HR问我：你已经是杭州工匠了还报首届数字工匠干嘛？", "杭州工匠"),  # 你 addressed to the speaker
    ("我们人事说我已经是数字工匠了，上一届评的", "杭州数字工匠"),
    ("省人社厅一八年给我发过浙江省首席技师的聘书", "浙江省首席技师"),  # papers given to the speaker
    ("浙江省首席技师，证在我抽屉里躺了三年了", "浙江省首席技师"),  # papers kept by the speaker
    ("一九年省里表彰浙江工匠，我上台领了奖，奖金一万", "浙江工匠"),  # the ceremony, the speaker went up
    ("作为2023年度杭州工匠，我还能参评第四届数字工匠吗", "杭州工匠"),  # its year's edition
])
def test_held(text, title):
    assert title in (_titles(text) or [])


@pytest.mark.parametrize("text", [
    "我今年能评上浙江工匠，首届数字工匠能报吗",  # a forecast
    "厂长说我今年能评上浙江工匠",
    "师傅觉得我是杭州工匠",  # a belief
    "人事说他是浙江工匠",  # someone else
    "杭州工匠的证在我师傅家挂着",  # papers kept by someone else
    "市技术能手、杭州工匠我都想评",  # a list wished for
])
def test_not_held(text):
    assert not _titles(text)


@pytest.mark.parametrize(("text", "own"), [
    ("我是集团评的数字工匠", "集团数字工匠"),  # a body below the city before its name
    ("数字工匠我评上过，是公司内部评的", "公司数字工匠"),  # ... or in the clause after it
])
def test_a_title_conferred_below_the_city_is_that_bodys_own(text, own):
    assert _titles(text) == [own]


def test_a_title_naming_its_own_place_keeps_it():
    assert _titles("我是区里评的浙江工匠") == ["浙江工匠"]  # the district may only have nominated it
    assert _titles("评过 杭州市的工匠") == ["杭州工匠"]


@pytest.mark.parametrize(("text", "title"), [
    ("称号没有别的，就杭州工匠，第四届数字工匠能报吗", "杭州工匠"),  # the no is the others'
    ("除了杭州工匠没别的荣誉，第四届数字工匠能报吗", "杭州工匠"),
    ("我不是省里的首席，是杭州市首席技师，能报吗", "杭州市首席技师"),
])
def test_a_denial_of_the_others_keeps_the_title_named(text, title):
    assert _titles(text) == [title]


@pytest.mark.parametrize(("text", "title"), [
    ("浙江工匠算吗？我2020年评的", "浙江工匠"),  # asked whether it counts, then the winning told
    ("杭州数字工匠算吗 我是第二届的", "杭州数字工匠"),
])
def test_a_title_asked_whether_it_counts_then_told_won(text, title):
    assert _titles(text) == [title]


def test_asked_whether_it_counts_then_someone_elses():
    assert not _titles("浙江工匠算吗？我师傅2020年评的")


def test_a_districts_own_craftsman_title_is_no_trade():
    profile = extract("我是萧山工匠，区总工会评的，首届数字工匠能报吗", TODAY).profile
    # a district's own title, which the notices do not name: held under its own name, for the checker's 通知未明确
    assert "occupation" not in profile and profile.get("prior_titles") == ["萧山工匠"]
