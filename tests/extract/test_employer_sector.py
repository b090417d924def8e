"""A digital sector said of the employer or the workplace is not the work one does (docs/verdict-policy.md: 互联网公司
食堂的厨师做的是餐饮): "在一家云计算公司的数据中心当电工" was read as digital work from 云计算公司, so 第四届 asked
nothing and could not say no (batch s dev, dlg-s023's kind)."""

from __future__ import annotations

import pytest

from tests.extract_support import ABSENT, check


@pytest.mark.parametrize("text", [
    "我在一家云计算公司的数据中心当电工",
    "在互联网公司当电工",
    "在一家人工智能公司当保安",
])
def test_a_traditional_trade_at_a_digital_employer_is_not_digital(text):
    check(text, {"is_digital_economy": False})


@pytest.mark.parametrize("text", [
    "我在一家互联网公司做开发",
    "在数据中心做运维",
    "我在电商公司做直播运营",
])
def test_digital_work_at_a_digital_employer_still_is(text):
    check(text, {"is_digital_economy": True})


def test_the_employer_alone_says_nothing_of_the_work():
    check("我在互联网公司上班", {"is_digital_economy": ABSENT})
