"""Which honour fits the asker, however the fitting is said: "你看数字工匠两届跟浙派 哪个最对我路子" was read as a rule
question and refused ("关于职称评审…没有涉及", from a 高级工程师职称 told in passing), with no verdict. The shape —
which one + the asker — makes it a recommendation; a body, a time or a site asked ("哪个部门管我的材料") does not."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.case.switches import asks_which_fits
from assistant.chat.turn import respond


@pytest.mark.parametrize(("text", "fits"), [
    ("哪个最对我路子", True),
    ("这几个哪个跟我情况最搭", True),
    ("哪个对我来说更容易", True),
    ("哪个最适合我", True),
    ("哪个部门管我的材料", False),
    ("哪天公示我能看到", False),
    ("哪个网站我能查", False),
    ("你觉得哪个你最熟", False),
])
def test_which_one_for_the_asker(text, fits):
    assert asks_which_fits(text, ()) is fits


def test_one_programme_named_is_no_choice():
    assert not asks_which_fits("首席技师哪个条件对我最难", ("hz_chief_technician_2021",))


def test_a_recommendation_said_in_new_words_gets_verdicts_and_no_refusal(deps):
    answer = respond(Session(), "我在钱塘做智慧水利的物联网监测平台 一二年来的 民企 工会会员 二二年我们的平原河网洪涝预警"
                                "项目拿了浙江省科学技术进步奖二等奖 职业技能等级证没有 就一个高级工程师职称 工匠一个都没评上过 "
                                "你看数字工匠两届跟浙派 哪个最对我路子", deps)
    verdicts = {v.program: v.verdict for v in answer.verdicts or ()}
    assert verdicts.get("hz_digital_craftsman_2026") == "eligible"
    assert verdicts.get("zj_craftsman_2023") == "not_eligible"
    assert "没有涉及" not in answer.text
    # the award told twice (as an award and inside the achievement) is named once in the reason
    assert answer.text.splitlines()[0].count("科学技术进步奖") == 1
