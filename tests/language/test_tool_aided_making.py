"""Digital tools for making or measuring physical things (数控编程, 三维激光扫描, BIM) are the review's to judge: the
notices' scope neither names nor excludes the work, whatever the occupation model reads in the tool's name."""

from __future__ import annotations

import pytest

from assistant.language import classify


@pytest.mark.parametrize("work, aid", [("五轴数控编程", "数控编程"), ("外业做三维激光扫描", "三维"), ("CAM编程", "CAM编程"),
                                       ("用UG给加工中心出刀路", "UG给加工中心出刀路"), ("义齿数字化设计", "数字化设计"),
                                       ("焊装线机器人示教", "示教"), ("无人机航测", "航测"), ("服装厂做版房CAD打版", "CAD"),
                                       ("给加工中心编程序", "加工中心编程")])
def test_a_tool_for_making_things_is_named(work, aid):
    assert classify.tool_aided_making(work) == aid


# operating the machine is the labelled table's no, and BIM or 3D printing engineers its yes: the model's to judge
@pytest.mark.parametrize("work", ["负责MES系统的运维", "三维实景测绘建模软件开发", "数字孪生建模和开发", "游戏3D建模",
                                  "工业互联网平台开发", "算法工程师", "UI设计", "数控车床操作工，偶尔用U盘导一下程序",
                                  "开数控机床做零件", "BIM工程师", "3D打印工程师", "DCS控制室盯着屏幕"])
def test_digital_work_beside_the_tool_or_no_tool_is_the_models(work):
    assert classify.tool_aided_making(work) == ""


def test_the_tool_abstains_where_the_model_would_say_digital(monkeypatch):
    monkeypatch.setattr(classify, "digital_probabilities",
                        lambda text: {"digital": 0.95, "not_digital": 0.03, "borderline": 0.02})
    assert classify.digital_judgement("在一家航空零件厂做五轴数控编程") == (None, 0.0)
    assert classify.digital_judgement("在纺织厂负责MES运维")[0] is True


def test_a_trade_named_with_the_tool_stays_a_trade(monkeypatch):
    # 数控车工 is a 车工: the trades table decides before the tool (docs/verdict-policy.md)
    monkeypatch.setattr(classify, "digital_probabilities",
                        lambda text: {"digital": 0.95, "not_digital": 0.03, "borderline": 0.02})
    assert classify.digital_judgement("数控车工")[0] is False


# a plant's controllers: the review's at a traditional maker, the model's where an automation or digital sector is said
@pytest.mark.parametrize("work, whole, aid", [("发酵罐温控的PLC编程和上位机", "瓜沥一家做醋的厂", "PLC"),
                                              ("写PLC程序", "老牌纺织厂的设备科 也弄点车间的上位机软件", "PLC"),
                                              ("写上位机软件", "新能源电池检测设备的公司", ""),
                                              ("写PLC程序、调机器人", "一家做智能制造产线的公司", ""),
                                              ("负责产线自动化PLC编程", "", ""),
                                              ("行李分拣系统的维护 PLC程序", "", "")])
def test_controllers_programmed_are_left_open_only_at_a_traditional_maker(work, whole, aid):
    assert classify.tool_aided_making(work, whole) == aid


@pytest.mark.parametrize("work, whole, reading", [("发酵罐温控的PLC编程和上位机", "瓜沥一家做醋的厂", "open"),
                                                  ("写PLC程序、调机器人", "一家做智能制造产线的公司", "digital"),
                                                  ("负责产线自动化PLC编程", "", ""),
                                                  ("写上位机软件", "一家做智能制造产线的公司", ""),
                                                  ("行李分拣系统的维护 PLC程序", "", "")])
def test_controllers_programmed_read_once(work, whole, reading):
    # one reader of the controls pattern and of the sector for the extractor (refac23)
    assert classify.controls_reading(work, whole) == reading
