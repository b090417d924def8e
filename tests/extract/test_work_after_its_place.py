"""The work a clause describes comes after the place it is done at ("在船厂烧电焊"); words before the 在 are no job
("工资社保都在杭州交": jieba tags 工资 a verbal noun, and 工资社保 was read as the occupation, judged not digital)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "work"), [
    ("公司注册在西湖区 工资社保都在杭州交 我人派在宁波码头 做港区自动化调度系统", "港区自动化调度系统"),
    ("在船厂烧电焊", "烧电焊"),
    ("在纺织厂挡车的", "挡车"),
])
def test_the_work_is_what_follows_the_place(text, work):
    assert extract(text, TODAY).profile.get("occupation") == work


def test_what_is_paid_at_a_place_is_no_work():
    assert "occupation" not in extract("工资社保都在杭州交", TODAY).profile
