"""Posts that support the work, said in everyday words, are off the technical front line (extract.support_posts)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.support_posts import support_post

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", [
    "在仓库做仓管", "我在厂里管仓库", "现在调到人事部了", "去年调去人事了", "前年转去做财务了", "现在做出纳",
    "在前台做接待", "我是保安", "在档案室管档案", "调到人事部门当专员", "去了门卫室",
])
def test_a_support_post_held_now(text):
    assert support_post(text)


@pytest.mark.parametrize("text", [
    "以前做仓管 后来转去做开发",  # a post left behind
    "做财务软件开发", "我在物流公司做仓储系统开发", "做人事系统开发",  # the systems of the post are technical work
    "在仓库里修叉车",  # hands-on work done in the place
    "在车间做钳工", "我们仓管员很多", "帮人事招聘出点题",
    "在仓库做仓管 但还在一线修设备",  # the hands still on the work
    "我刚问了HR", "我问过人事了",  # a support post asked, not held
    "一直在前台泡茶",  # the front counter where a tea master works the tea
    "我是临平一家阀门厂的人事，问下我们两个师傅的事",  # an intermediary asking for others
])
def test_not_a_support_post_held_now(text):
    assert not support_post(text)


@pytest.mark.parametrize("text", ["我在上城一家软件公司 在仓库做仓管 干了八年", "我在临平一家纺织厂 高级技师 前年转去做财务了"])
def test_the_extractor_reads_the_post_as_administrative(text):
    assert extract(text, TODAY).profile.get("role_type") == "administrative"


def test_an_intermediary_s_own_post_is_not_the_case_s():
    text = "我是临平一家阀门厂的人事，问下我们老周的事，他数控车技师，一直在车间"
    assert extract(text, TODAY).profile.get("role_type") != "administrative"


def test_a_trade_on_the_line_stays_there():
    assert extract("在车间做钳工 一线 干了十年", TODAY).profile.get("role_type") == "frontline_technical"
