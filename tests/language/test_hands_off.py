"""A post whose hands-on work is said to be rare or over is not front-line work (issue 13): '技术总监，带三个研发组，
代码很少写了' was read as front line, the code words outweighing the 很少. The phrasings are not rows of the role table."""

from __future__ import annotations

import pytest

from assistant.language.classify import hands_off, role_judgement


@pytest.mark.parametrize("text", [
    "架构师，这两年基本上不敲代码了，主要评审方案",
    "维修车间主任，好久没摸设备了",
    "生产经理，平时极少下车间",
    "升了科长以后没怎么上手了",
    "前年离开一线当了部门经理",
])
def test_hands_on_work_said_rare_is_hands_off(text):
    assert hands_off(text)
    assert role_judgement(text)[0] != "frontline_technical"


@pytest.mark.parametrize("text", [
    "车间副主任，难的活还是自己上手",
    "数控组长，天天在机床上干活",
    "测试开发，天天写代码跑用例",
    "从来没离开过一线",
    "一直没脱离生产一线",
])
def test_hands_on_work_said_done_is_not_hands_off(text):
    assert not hands_off(text)
