"""Joined a unit and still there ("2018年7月入职杭州某公司至今") is employment, as "在公司上班" is: the chat asked
the asker's employment again."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我是软件测试工程师，2018年7月入职杭州某公司至今", "我入职这家公司到现在三年"])
def test_joined_and_still_there_is_employed(text):
    assert extract(text, TODAY).profile.get("employment") == "full_time"
