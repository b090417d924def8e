"""A list of honours around a title (held21): its span covers every item joined to the title, so the words before
the first item and after the last are the title's frame; honours' names are blanked before a reply is read for an ask."""

from __future__ import annotations

import pytest

from assistant.language.honour_lists import list_span, without_honours


def _around(text: str, name: str) -> tuple[str, str]:
    start = text.index(name)
    a, b = list_span(text, start, start + len(name))
    return text[:a], text[b:]


@pytest.mark.parametrize(("text", "name", "before", "after"), [
    ("荣誉有浙江省技术能手、浙江省首席技师、市五一劳动奖章", "浙江省首席技师", "荣誉有", ""),
    ("劳模、五一劳动奖章、还有杭州工匠我都有了", "杭州工匠", "", "我都有了"),
    ("我拿过全国技术能手、浙江工匠，还有市里的技术能手", "浙江工匠", "我拿过", ""),
    ("省劳动模范以及浙江工匠都评上过", "浙江工匠", "", "都评上过"),  # another joiner, another kind
    ("杭州工匠外加区里的岗位能手", "杭州工匠", "", ""),
    ("我是杭州工匠", "杭州工匠", "我是", ""),  # alone: its own span
    ("杭州工匠和我师傅一起评的", "杭州工匠", "", "和我师傅一起评的"),  # a person is no honour
])
def test_the_list_span_covers_the_joined_honours(text, name, before, after):
    assert _around(text, name) == (before, after)


def test_a_name_already_read_is_an_item():
    assert _around("□□□□、浙江工匠我都有", "浙江工匠") == ("", "我都有")


def test_honour_names_are_blanked_so_their_characters_ask_nothing():
    assert "能" not in without_honours("市技术能手、杭州工匠")
    assert "能" in without_honours("杭州工匠能报吗")


@pytest.mark.parametrize(("text", "kept"), [
    ("称号没有别的，就杭州工匠", "杭州工匠"),
    ("除了浙江工匠没别的了", "浙江工匠"),
    ("别的都没有，只有一个杭州工匠", "杭州工匠"),
    ("我不是省里的首席，是杭州市首席技师", "杭州市首席技师"),  # the one denied inside is not kept
])
def test_a_denial_keeping_an_honour_out_of_it(text, kept):
    from assistant.language.honour_lists import kept_spans

    assert [text[s:e] for s, e in kept_spans(text)] == [kept]


@pytest.mark.parametrize("text", ["没有杭州工匠", "杭州工匠没评上", "啥称号都没有"])
def test_a_plain_denial_keeps_nothing(text):
    from assistant.language.honour_lists import kept_spans

    assert kept_spans(text) == []
