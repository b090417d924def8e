"""A disciplinary matter the asker raises ("前年厂里通报批评过我一次") leaves the verdict open with 通知未明确 and the
contact: every notice asks 遵纪守法 and none says which matters bar an applicant (docs/verdict-policy.md). It is
never asked for when no one raised it."""

from __future__ import annotations

from tests.chat_support import talk


def verdicts(answer) -> dict:
    return {v.program: v.verdict for v in answer.verdicts or ()}


CASE = ("我19年来的杭州 一直在钱塘一家民企做工业大数据平台开发 会员 普通开发 2024年浙江省科学技术进步奖三等奖 "
        "我是主要完成人 工匠称号都没有 第四届数字工匠能报吗")


def test_a_matter_raised_leaves_the_verdict_open(deps):
    _, (answer,) = talk(deps, CASE.replace("工匠称号都没有", "前年厂里通报批评过我一次 因为一次上线没走审批 工匠称号都没有"))
    assert verdicts(answer) == {"hz_digital_craftsman_2026": "needs_review"}, answer.text
    first = answer.text.split("\n")[0]
    assert "通报批评" in first and "通知未明确" in first and "89589640" in first, first


def test_none_raised_is_not_asked(deps):
    session, (answer,) = talk(deps, CASE)
    assert verdicts(answer) == {"hz_digital_craftsman_2026": "eligible"}, answer.text
    assert "遵纪守法" not in answer.text.split("<details>")[0]


def test_said_in_a_later_turn(deps):
    _, answers = talk(deps, CASE, "对了 17年的时候受过一个警告处分")
    assert verdicts(answers[-1]) == {"hz_digital_craftsman_2026": "needs_review"}, answers[-1].text
