"""A clause that tells a contest's placing (顶管工第三名, 钳工二等奖) says nothing of the post: the role classifier read
"顶管工第三名" as management, so a front-line worker's placing answered 首席技师 and 浙派 不符合（不在一线）."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["那首席呢 二〇二〇年我拿过浙江省建设行业职业技能竞赛 一类的 顶管工第三名 省首席没评过",
                                  "顶管工第三名", "钳工二等奖"])
def test_placing_names_no_post(text):
    assert extract(text, TODAY).profile.get("role_type") != "management"


def test_post_described_still_read():
    assert extract("现在当车间主任主要管人", TODAY).profile.get("role_type") == "management"


def test_dated_move_to_a_head_post():
    text = "我是做工业物联网网关嵌入式开发的，2014年开始干，在滨江。2022年下半年公司让我去做销售总监，带销售团队跑客户。首届数字工匠那次我能报吗"
    assert extract(text, TODAY).profile.get("role_type") == "management"
