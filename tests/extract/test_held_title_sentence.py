"""A title the asker holds, told in their own words anywhere in its sentence, is read as held (held20); a title
held by someone else, taken back by a correction, or a programme listed is not."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _titles(text: str):
    return extract(text, TODAY).profile.get("prior_titles")


@pytest.mark.parametrize(("text", "title"), [
    ("那年全市表彰我端回来一个杭州工匠，现在想报第四届数字工匠", "杭州工匠"),
    ("省首席那会儿是人社厅发的文，名单里有我，杭州市首席技师能报吗", "浙江省首席技师"),
    ("浙江工匠，2019年，证书有。首届数字工匠能报吗", "浙江工匠"),
    ("兜里揣着张浙江工匠的证书，第四届数字工匠还能推荐吗", "浙江工匠"),
    ("大伙都叫我数字工匠，前年那次是正式评上的，第四届还有我的份吗", "杭州数字工匠"),
])
def test_a_title_held_told_in_the_sentence(text, title):
    assert title in (_titles(text) or [])


@pytest.mark.parametrize("text", [
    "我老婆是浙江工匠，我自己在滨江写代码，第四届数字工匠我能报吗",
    "浙派工匠，我在杭州做了二十年木雕，有证",
    "想问2021年那次杭州市首席技师，还有浙派工匠，我分别能不能报？",
    "杭州工匠是市总工会评的，第四届数字工匠能报吗",
])
def test_no_title_held_by_others_or_listed(text):
    assert not _titles(text)


def test_a_title_taken_back_and_denied_is_none():
    assert _titles("我是杭州工匠，说错了，那个是我爱人评的，我自己没有，第四届数字工匠能报吗") == []


def test_a_title_taken_back_to_someone_else_is_unknown():
    assert _titles("我是杭州工匠，不对，那是我师父的，第四届数字工匠能报吗") is None


def test_titles_listed_with_a_question_word_are_programmes_asked():
    """el-o019's shape: two names joined, then "我哪个有戏": programmes asked about, no title held."""
    assert not _titles("老的那个杭州工匠跟首届数字工匠，我哪个有戏？")


@pytest.mark.parametrize(("text", "title"), [("省里那个首席评过", "浙江省首席技师"), ("市里这个工匠我拿过", "杭州工匠"),
                                             ("市里工匠19年拿过", "杭州工匠")])
def test_the_level_said_loosely_before_a_short_name(text, title):
    assert title in (_titles(text) or [])


def test_titles_listed_then_held_are_both_held():
    assert set(_titles("杭州工匠跟浙江工匠，我都有") or []) == {"杭州工匠", "浙江工匠"}
    assert not _titles("杭州工匠跟浙江工匠，我都想试试")
