"""One's chances asked with no 我 ("这样有戏伐", "有没有希望") are a check of the asker's case, not a rule question:
"二一年那次首席 我是轮胎厂硫化工…有个徒弟…拿了第八名 省首席没评过 这样有戏伐" was read by meaning as asking the
rules and refused ("通知没有写明…这一点"), with no verdict; and the trainee's placing between the asker's case and the
ask made the trainee the candidate, so the asker's grade and titles were dropped."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize("text", [
    "二一年那次首席 我是轮胎厂硫化工 技师 二〇〇九年拿的证 比赛我自己没拿过名次 啥绝招发明也谈不上 "
    "就是徒弟带得还行 有个徒弟二〇年省级一类技能竞赛拿了第八名 省首席没评过 这样有戏伐",
    "首席技师那次 我是印染厂的调色工 高级工 一直在一线 比赛没参加过 这种有没有希望",
])
def test_chances_asked_get_a_verdict(deps, text):
    answer = respond(Session(), text, deps)
    verdicts = {v.program: v.verdict for v in answer.verdicts or ()}
    assert verdicts.get("hz_chief_technician_2021") == "not_eligible"
    assert "没有写明" not in answer.text.splitlines()[0]


@pytest.mark.parametrize("text", [
    "第四届数字工匠 我想问问我能不能弄 我是做遥感影像解译平台的 卫星图上自动找违建 找耕地变化那种",
    "首席技师我可不可以试试 我是数控车工 高级技师 在萧山一家厂一线",
])
def test_applying_said_with_a_light_verb_is_a_check(deps, text):
    # batch aa dev dlg-aa101: "能不能弄" was refused as "通知没有写明能否弄 我是做…" and the talk never reached a check
    answer = respond(Session(), text, deps)
    assert answer.verdicts
    assert "没有写明" not in answer.text.splitlines()[0]


def test_a_light_verb_with_an_object_is_no_application():
    from assistant.extract.patterns import WANTS_ELIGIBILITY

    assert not WANTS_ELIGIBILITY.search("材料能不能弄成电子版")
