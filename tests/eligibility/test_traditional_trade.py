"""Digital work is the work, not the employer (docs/verdict-policy.md): with is_digital_economy not given, a
traditional trade or service post at a digital company is not 从事数字经济行业工作 (a hard no, nothing asked), and
digital work at a traditional company is not ruled out by the trade table."""

from __future__ import annotations

import pytest
from eligibility_support import run

from assistant.language import classify
from assistant.language.classify import traditional_trade

DIGITAL = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023")


def _reason(verdict, rule="digital_economy"):
    return next(r for r in verdict.reasons if r.rule == rule)


@pytest.mark.parametrize("work, trade", [
    ("面点师（在一家数字科技公司的员工食堂）", "面点"),
    ("在一家互联网公司当保洁员", "保洁"),
    ("某云计算公司园区的绿化工", "绿化"),
    ("软件公司里给老板开车的驾驶员", "驾驶员"),
    ("杭绣绣娘，在一家直播公司的手工坊里做绣品", "杭绣"),
])
def test_a_traditional_trade_at_a_digital_employer_is_named(work, trade):
    assert traditional_trade(work) == trade


@pytest.mark.parametrize("work", [
    "在一家餐饮集团做点餐小程序的后端开发",  # digital work at a traditional employer
    "纺织厂信息中心的网络工程师",
    "茶叶公司的电商运营，管网店的流量报表",
    "数控编程员",  # 编程: the model's or the review's, not the table's
    "焊接机器人操作工",
    "",
])
def test_digital_work_or_no_trade_is_not_ruled_out(work):
    assert traditional_trade(work) == ""


@pytest.mark.parametrize("program", DIGITAL)
def test_the_trade_decides_when_the_profile_does_not_say(program, monkeypatch):
    def never(text):
        raise AssertionError("the model was asked although the trade decides")

    monkeypatch.setattr(classify, "digital_probabilities", never)
    v = run(program, {"is_digital_economy": None, "occupation": "咖啡师（某人工智能公司的员工咖啡吧）"})
    r = _reason(v)
    assert v.verdict == "not_eligible" and r.ok is False
    assert "is_digital_economy" not in v.missing
    assert "咖啡师" in r.message and "传统行当" in r.message


@pytest.mark.parametrize("program", DIGITAL)
def test_the_profile_said_yes_stands_over_the_trade(program):
    v = run(program, {"is_digital_economy": True, "occupation": "茶艺师"})
    assert _reason(v).ok is True


def test_digital_work_at_a_traditional_employer_is_not_a_no(monkeypatch):
    monkeypatch.setattr(classify, "digital_judgement", lambda text: (True, 0.9))
    v = run("hz_digital_craftsman_2026", {"is_digital_economy": None, "occupation": "在茶叶公司做电商数据分析"})
    assert _reason(v).ok is None and v.verdict != "not_eligible"


def test_the_occupation_judgement_follows_the_trade():
    assert classify.digital_judgement("在一家互联网公司做中式面点师") == (False, 1.0)
