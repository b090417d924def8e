"""The winning asked about or hoped for is not a title held: "我这种情况能不能评上浙派工匠啊" (an A-not-A question with no 吗)
was read as holding 突出贡献浙派工匠, and the checker answered "已获“突出贡献浙派工匠”称号。通知对已获称号的人员能否申报未作规定"."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我这种情况能不能评上浙派工匠啊", "我能不能评上浙派工匠", "我想评上杭州工匠", "争取评上首席技师"])
def test_a_winning_asked_or_hoped_is_no_title(text):
    assert not extract(text, TODAY).profile.get("prior_titles")


@pytest.mark.parametrize("text", ["我评上浙派工匠了", "我前年评上浙派工匠", "2019年评上的杭州工匠", "我有杭州工匠的称号"])
def test_a_winning_told_is_still_a_title(text):
    assert extract(text, TODAY).profile.get("prior_titles")
