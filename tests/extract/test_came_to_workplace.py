"""Time since one came, said with no place ("才过来五个月", "来了才半年"), is time at the workplace the message named
before it, and never the trade's (extract.years)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(("said", "field", "years"), [
    ("我在丽水一家阀门厂做铸造 高级技师 才过来五个月 以前一直在山东", "years_full_time_in_zhejiang", 0.42),
    ("我在宁波一家厂 来了才半年", "years_full_time_in_zhejiang", 0.5),
    ("我在嘉兴做焊工 调过来八个月了", "years_full_time_in_zhejiang", 0.67),
    ("我在杭州上班 之前在宁波干了五年 过来三年了", "years_full_time_in_hangzhou", 3.0),
    # the place one came from is no workplace; the workplace said after the arrival is
    ("我从武汉跳槽过来一年多 在余杭做芯片验证", "years_full_time_in_hangzhou", 1.0),
    ("从苏州调过来三年了 现在在嘉兴一家厂当电工", "years_full_time_in_zhejiang", 3.0),
])
def test_a_bare_arrival_is_time_at_the_workplace(said, field, years):
    assert extract(said, TODAY).profile[field] == pytest.approx(years)


def test_time_since_coming_is_not_the_trade_s():
    assert "years_in_field" not in extract("我在嘉兴做焊工 调过来八个月了", TODAY).profile


def test_no_workplace_named_leaves_it_unplaced():
    profile = extract("过来五个月了", TODAY).profile
    assert "years_full_time_in_zhejiang" not in profile and "years_full_time_in_hangzhou" not in profile
