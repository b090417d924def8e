"""Status words batch j missed: agency and outsourced work (劳务派遣, 派遣工, 外包驻场), which the notices do not
address, read as full time from the workplace; a move off the front line in ordinary words ("离开一线三年了", "当了
副厂长以后车间的活基本不碰了", "五年前调到安全科坐办公室了") read as front line from 一线/车间; against a team leader
who still works the line."""

from __future__ import annotations

import pytest

from assistant.extract import DISPATCHED_NOTE, extract
from tests.extract_support import TODAY, check


@pytest.mark.parametrize("text", [
    "我是劳务派遣过来的，人在钱塘一家汽车厂做总装，六年了",
    "派遣工，合同签在人力公司，实际在滨江一家电信公司做装维",
    "我们是外包驻场的，在银行机房做运维四年了",
    "我是派遣到萧山这家厂的，做注塑",
    "我现在是外包公司的，派驻在网易做测试",
])
def test_agency_work_is_not_read_as_full_time_and_the_silence_is_said(text):
    found = extract(text, TODAY)
    assert "employment" not in found.profile
    assert DISPATCHED_NOTE in found.readings
    assert "通知未明确" in DISPATCHED_NOTE


def test_a_denied_agency_relation_is_no_agency_work():
    found = extract("我不是派遣的，是厂里正式工，在萧山做装配", TODAY)
    assert found.profile.get("employment") == "full_time"
    assert DISPATCHED_NOTE not in found.readings


@pytest.mark.parametrize("text, role", [
    ("离开一线三年了", "management"),
    ("调离生产一线了，在萧山厂里", "management"),
    ("早就不在一线了", "management"),
    ("现在不下车间了", "management"),
    ("当了副厂长以后车间的活基本不碰了", "management"),
    ("去年升了车间主任，现在基本是开会排产", "management"),
    ("两年前提拔成车间主任，现在主要管人", "management"),
    ("以前是一线焊工，五年前调到安全科坐办公室了", "administrative"),
    # still on the line
    ("我没离开过一线", "frontline_technical"),
    ("班组长，还带着班组一起干活，天天在现场", "frontline_technical"),
    ("车间主任，但自己还天天上机床", "frontline_technical"),
    ("我是生产副厂长，不过还经常下车间修设备", "frontline_technical"),
])
def test_off_the_front_line_in_ordinary_words(text, role):
    check(text, {"role_type": role})


def test_a_professional_title_beside_rare_hands_on_work_is_no_manager():
    check("我是主任医师，很少动手术了", {"role_type": "frontline_technical"})


@pytest.mark.parametrize("text", ["退休后又返聘了", "前年退的休，厂里又返聘我回来带徒弟", "退了之后又被原单位请回去做技术顾问"])
def test_rehired_retirees(text):
    check(text, {"rehired": True, "employment": "retired"})


