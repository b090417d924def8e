"""A working life told tersely, with spaces for commas (hist21): a year written with 〇 after a space opens its own
clause, so a return after a stint elsewhere is read as one ("中间〇五年到〇八年去了绍兴 〇八年回来"); and moves from
one unit to another inside Hangzhou keep the years from the first start."""

from __future__ import annotations

import pytest

from assistant.extract import extract
from assistant.extract.text import normalize
from tests.extract_support import TODAY


def test_a_space_before_a_year_written_with_ling_ends_the_clause():
    assert "绍兴，〇八年" in normalize("中间〇五年到〇八年去了绍兴 〇八年回来一直干到现在")


@pytest.mark.parametrize("text, low, high", [
    ("我爸七〇年的 九一年进杭州汽轮机厂做车工 中间〇五年到〇八年去了绍兴 〇八年回来一直干到现在", 28, 33),
    ("我七四年的 九二年进杭州一家水泵厂做叶轮铸造 中间九八年去温州干了三年 〇一年又回来 一直干到现在", 27, 32),
])
def test_a_stint_elsewhere_and_a_return_leave_the_work_in_hangzhou(text, low, high):
    profile = extract(text, TODAY).profile
    assert profile["employer_city"] == "杭州"
    assert low <= profile["years_full_time_in_hangzhou"] <= high


def test_a_move_to_another_unit_in_hangzhou_keeps_the_first_start():
    profile = extract("八〇年的 〇一年进的萧山一家轴承厂做磨工 一七年跳到滨江另一家厂 还是磨工 一线至今", TODAY).profile
    assert profile["employer_city"] == "杭州" and profile["years_full_time_in_hangzhou"] >= 23


def test_a_move_out_of_hangzhou_is_not_a_move_within_it():
    profile = extract("〇一年进的萧山一家轴承厂做磨工 一七年跳到嘉兴一家厂 还是磨工", TODAY).profile
    assert profile.get("employer_city") == "嘉兴"
