"""A stay at a place marked off as a stretch of time ("在宁波那几年也是全职干这个的") is behind the asker: it names no
present employer (extract.patterns.PAST)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("said", ["在宁波那几年也是全职干这个的啊 不能算进去吗", "在宁波那阵子做的是外贸",
                                  "在苏州那段时间也是做这个"])
def test_no_present_city(said):
    assert "employer_city" not in extract(said, TODAY).profile


def test_a_present_job_then_a_stretch_keeps_the_job():
    assert extract("我在滨江做开发 那几年很辛苦", TODAY).profile.get("employer_city") == "杭州"

