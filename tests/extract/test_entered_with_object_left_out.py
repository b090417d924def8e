"""A start said with its object left out ("一六年进的", "09年进的", "12年过来的"), then a stay all along ("一直在这"),
dates the stay at the unit named before: "滨江光模块公司做测试开发 一六年进的 一直在这" gave no years in Hangzhou."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "field", "start"), [
    ("滨江光模块公司做测试开发 一六年进的 一直在这", "hangzhou_full_time_start", "2016-12"),
    ("我在萧山一家厂做钳工 09年进的 一直没换过", "hangzhou_full_time_start", "2009-12"),
    ("我在滨江一家公司做测试开发，2016年进的，一直在这", "hangzhou_full_time_start", "2016-12"),
])
def test_an_elided_entry_starts_the_stay(text, field, start):
    assert extract(text, TODAY).profile.get(field) == start


def test_a_stay_not_said_all_along_is_not_dated(text="滨江光模块公司做测试开发 一六年进的 后来跳槽了"):
    assert "hangzhou_full_time_start" not in extract(text, TODAY).profile
