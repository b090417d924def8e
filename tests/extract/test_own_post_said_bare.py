"""The post the asker said they hold, said bare at a later clause's head ("我是…机修班的班长，班长也是干活的"), is the
asker again: the clauses after it (the award, the title denied) are theirs, not a workmate's (cf probes el-cf002,
el-cf022). A workmate named by the post ("我们班长", a post the asker did not say they hold) is still someone else."""

from __future__ import annotations

import datetime as dt

from assistant.extract import extract
from assistant.extract.subject import of_others


def test_the_askers_own_post_said_bare_is_the_asker():
    clauses = ["我是杭州一家热电厂机修班的班长", "技师", "班长也是干活的", "2018年评上全国技术能手"]
    assert of_others(clauses) == [False, False, False, False]
    assert of_others(["我是杭州一家电缆厂挤塑机台的班组长", "班组长也天天守着机台干活", "2004年进厂干到现在"]) == [False] * 3


def test_a_post_the_asker_does_not_hold_is_someone_else():
    assert of_others(["我是钳工", "班长也是高级技师", "拿过全国技术能手", "我没有"]) == [False, True, True, False]
    assert of_others(["我是班长", "我们班长是高级技师"]) == [False, True]


def test_the_award_after_ones_own_post_is_read_as_the_askers():
    text = "我是杭州一家热电厂机修班的班长，技师，班长也是干活的，天天跟大家一起抢修设备。2018年评上全国技术能手，浙江省首席技师没评过"
    profile = extract(text, dt.date(2026, 11, 21)).profile
    assert [a["kind"] for a in profile.get("awards", [])] == ["全国技术能手"]
