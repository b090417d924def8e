"""A reply to the titles question naming a title beside awards or with its year (held21): "市技术能手、杭州工匠",
"浙江省首席技师（2018年）", "全国技术能手、浙江省首席技师" name the title held; 技术能手's 能 asks nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import read_reply

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("reply", "title"), [
    ("市技术能手、杭州工匠", "杭州工匠"),
    ("技术能手和杭州工匠", "杭州工匠"),
    ("全国技术能手、浙江省首席技师", "浙江省首席技师"),  # longer than a bare reply
    ("浙江省首席技师（2018年）", "浙江省首席技师"),
    ("岗位能手还有一个浙江工匠", "浙江工匠"),
])
def test_the_title_held_is_read(reply, title):
    assert title in read_reply("prior_titles", reply, TODAY).get("prior_titles", [])


@pytest.mark.parametrize("reply", ["杭州工匠能报吗", "报过杭州工匠但是没评上", "杭州工匠那个我够不够格啊"])
def test_no_title_held(reply):
    assert not read_reply("prior_titles", reply, TODAY).get("prior_titles")


def test_a_reply_naming_a_title_conferred_below_the_city():
    assert read_reply("prior_titles", "集团评的数字工匠 内部的", TODAY) == {"prior_titles": ["集团数字工匠"]}


@pytest.mark.parametrize(("reply", "title"), [
    ("称号没有别的，就杭州工匠", "杭州工匠"),
    ("除了杭州工匠没别的了", "杭州工匠"),
    ("不是省里的，是杭州工匠", "杭州工匠"),
])
def test_a_no_to_the_others_answers_with_the_title_kept(reply, title):
    assert read_reply("prior_titles", reply, TODAY) == {"prior_titles": [title]}


@pytest.mark.parametrize("reply", ["没有", "都没有", "没有，就技术能手"])
def test_a_plain_no_is_none(reply):
    assert read_reply("prior_titles", reply, TODAY) == {"prior_titles": []}


@pytest.mark.parametrize("reply", ["我带的徒弟前年评上了杭州工匠", "单位里的老张是杭州数字工匠啊"])
def test_a_longer_reply_naming_someone_else_is_left_to_the_extractor(reply):
    assert read_reply("prior_titles", reply, TODAY) == {}
