"""A hedged 吧-clause guessing at a rule of the notice ("应该不限字数的吧") asks to be confirmed; one about oneself
("应该入了吧") answers unsure. And a programme's paper ("首席技师汇总表") names the programme, no level held."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.asking import asks

MSG = "首席技师汇总表的荣誉情况那栏，我看好多人写了五六百字，应该不限字数的吧，我想写详细点"


@pytest.mark.parametrize(("text", "asking"), [
    (MSG, True), ("应该要单位盖章的吧", True), ("应该入了吧", False), ("应该有吧", False), ("应该算吧", False),
])
def test_a_guess_at_a_rule_asks(text, asking):
    assert asks(text) is asking


def test_a_programmes_paper_is_no_level_held():
    assert "skill_level" not in extract(MSG, dt.date(2026, 11, 21)).profile
