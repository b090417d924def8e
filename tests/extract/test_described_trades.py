"""A trade described rather than named ("在船厂烧电焊的", "在纺织厂挡车的", "在饭店掌勺") gave no occupation, so a
welder asking about 数字工匠 was asked which industry they work in instead of being told it is no digital-economy
work (issue #13). The work is now read from a verb and its object (parts of speech) or from what is said after the
workplace, and the digital-economy classifier judges it."""

from __future__ import annotations

import pytest

from assistant.extract import extract
from tests.extract_support import TODAY


@pytest.mark.parametrize("text", [
    "在船厂烧电焊的，数字工匠我能报吗",
    "在纺织厂挡车的，数字工匠能不能报",
    "在饭店掌勺快二十年了，想问数字工匠",
    "我是给人家修自行车的，数字工匠能报不",
    "在厂里烧锅炉的",
    "在菜场杀鱼卖鱼十几年，用微信收款，算数字经济吗",
])
def test_a_described_trade_is_read_and_judged_not_digital(text):
    profile = extract(text, TODAY).profile
    assert profile.get("occupation")
    assert profile.get("is_digital_economy") is False


@pytest.mark.parametrize("text", ["在网易写代码", "在滨江一家公司做开发"])
def test_described_digital_work_is_still_digital(text):
    assert extract(text, TODAY).profile.get("is_digital_economy") is True


@pytest.mark.parametrize("text", ["在杭州上班8年", "在公司上班，没做过什么技术活"])
def test_a_bare_job_describes_no_work(text):
    assert "occupation" not in extract(text, TODAY).profile


def test_an_employer_named_with_a_verb_inside_is_no_work():
    # el-i014: "供电" inside the employer's name is no verb of the asker's work
    assert "occupation" not in extract("国网杭州供电公司电力调度自动化班的，一直在杭州全职", TODAY).profile


@pytest.mark.parametrize("text, work", [("在4S店修车的", "修车"), ("在小区当保安，能报数字工匠吗", "保安")])
def test_work_said_after_the_workplace(text, work):
    profile = extract(text, TODAY).profile
    assert profile.get("occupation") == work and profile.get("is_digital_economy") is False
