"""A plant's controllers programmed (PLC) are digital work at an automation or digital business and the review's
at a traditional maker (docs/verdict-policy.md, dig22); a developer's work told in its own words is digital work."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我在瓜沥一家做醋的厂 发酵车间 一直搞发酵罐温控的PLC编程和上位机",
                                  "我在萧山一家老牌纺织厂的设备科写PLC程序 也弄点车间的上位机软件"])
def test_controllers_at_a_traditional_maker_are_left_open(text):
    assert "is_digital_economy" not in extract(text, TODAY).profile


@pytest.mark.parametrize("text", ["我在余杭一家做智能制造产线的公司，天天在客户车间里写PLC程序、调机器人",
                                  "在设备科负责工业互联网平台的运维，天天跟PLC和数据采集打交道"])
def test_controllers_at_an_automation_business_are_digital_work(text):
    assert extract(text, TODAY).profile.get("is_digital_economy") is True


@pytest.mark.parametrize("text", ["我在滨江一家民企写车机系统", "我是做方言语音识别的 在滨江一家民企",
                                  "在西湖区一家民企做小程序和公众号开发", "在一家安全公司做渗透测试"])
def test_a_developers_work_in_own_words_is_digital(text):
    assert extract(text, TODAY).profile.get("is_digital_economy") is True


def test_a_judgement_with_its_table_missing_leaves_the_rules_alone(monkeypatch):
    # the one fallback of every classifier call, extra arguments and all (refac23): a missing table is no error
    from assistant.extract import judge
    from assistant.language import classify

    def missing(*args):
        raise FileNotFoundError("judgements.json")

    monkeypatch.setattr(classify, "tool_aided_making", missing)
    monkeypatch.setattr(classify, "controls_reading", missing)
    assert judge.tool_aided("写PLC程序", "一家做醋的厂") is False
    assert judge.controls_reading("写PLC程序", "一家做醋的厂") == ""


def test_a_judgements_bug_is_not_swallowed(monkeypatch):
    from assistant.extract import judge
    from assistant.language import classify

    def broken(*args):
        raise TypeError("a bug")

    monkeypatch.setattr(classify, "controls_reading", broken)
    with pytest.raises(TypeError):
        judge.controls_reading("写PLC程序", "一家做醋的厂")
