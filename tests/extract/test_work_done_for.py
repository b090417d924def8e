"""What the work is done for or on says its field: "帮各种App做无障碍适配" was judged on 无障碍适配 alone, read as no
digital work, and 第四届 came out not_eligible (batch aa dev dlg-aa120); a traditional trade done for someone stays one."""

import pytest

from assistant.extract import extract
from tests.extract_support import TODAY


@pytest.mark.parametrize(("text", "digital"), [
    ("我专门帮各种App做无障碍适配 都是我测我改 干了七年", True),
    ("我替医院做信息系统维护", True),
    ("我给饭店做装修", False),
    ("我帮客户做家政保洁", False),
])
def test_the_field_of_work_done_for_someone(text, digital):
    assert extract(text, TODAY).profile.get("is_digital_economy") is digital


@pytest.mark.parametrize(("text", "work"), [("我们工段就我一个高级技师 修轧机十几年了", "修轧机"), ("修自行车二十多年了", "修自行车")])
def test_work_held_for_a_span_is_the_occupation(text, work):
    # a mill repairer's "修轧机十几年了" gave no occupation, so 第四届 was offered to him as 可以考虑 (digital unknown)
    profile = extract(text, TODAY).profile
    assert profile.get("occupation") == work and profile.get("is_digital_economy") is False


@pytest.mark.parametrize("text", ["打麻将十几年了", "学英语五年了"])
def test_a_pastime_held_for_years_is_no_occupation(text):
    assert not extract(text, TODAY).profile.get("occupation")
