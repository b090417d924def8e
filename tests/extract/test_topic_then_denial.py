"""A prize named as the topic and denied after 也 ("科技奖也没有", "省技术能手也没评上") is not held: the language
layer cuts at 也 and gives the bare noun before it the negation after it; a clause that holds the prize is kept."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["科技奖也没有", "证书没有，科技奖也没有", "省技术能手也没评上", "市级科技奖嘛也没拿过"])
def test_denied_after_ye(text):
    assert not extract(text, TODAY).profile.get("awards")


@pytest.mark.parametrize("text", ["全国技术能手也拿过", "市级科技奖拿了，也带了徒弟", "2019年拿了杭州市科技进步奖，也带了几个徒弟"])
def test_held_with_ye(text):
    assert extract(text, TODAY).profile.get("awards")
