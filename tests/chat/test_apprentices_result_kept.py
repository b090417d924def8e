"""A clause going on about one's apprentices ("有一个2020年…拿了第一名", "其中小王…第五名") stays with them when the
chat drops other people's facts from a message about the asker. Found when dialogue dev rows dlg-b028 and dlg-e024
lost their verdicts: the placing, the notice's own test for 首席技师's (四), was dropped with "我爱人…"-style clauses."""

from __future__ import annotations

import pytest

from assistant.chat.case.said import without_others
from tests.chat_support import talk


@pytest.mark.parametrize(("text", "kept"), [
    ("技师，一线。我带的徒弟好几个成了班组骨干，有一个2020年杭州市二类技能竞赛拿了第一名", "有一个2020年"),
    ("我自己没拿过啥名次，但我带的徒弟有五六个都是骨干，其中小王2020年省一类竞赛制冷工第五名", "其中小王"),
])
def test_a_clause_going_on_about_the_apprentices_stays(text, kept):
    assert kept in without_others(text)


def test_another_person_after_the_apprentices_is_still_dropped():
    assert without_others("我带的徒弟拿过奖，我爱人也是技师") == "我带的徒弟拿过奖"


def test_the_apprentices_placing_decides_the_chief_technician_alternative(deps):
    _, answers = talk(deps, "首席技师2021：技师，在杭州一家轨道交通公司做列车检修，一线。我带的徒弟好几个成了班组骨干，"
                            "有一个2020年杭州市二类技能竞赛拿了第一名", "没有评过省首席技师")
    assert answers[-1].verdicts[0].verdict == "eligible"


def test_a_post_the_asker_said_is_theirs_names_the_asker(deps):
    # dialogue dev row dlg-d062: "组长也写代码，主要还是技术" after "我…当测试组长" was dropped as a colleague's words
    session, _ = talk(deps, "问下第四届杭州数字工匠，我在西湖区一家民营软件公司当测试组长，干了9年，2017年来杭州一直全职，"
                            "工会会员，没评过称号", "组长也写代码，主要还是技术")
    assert session.profile.get("role_type") == "frontline_technical"
    assert without_others("组长也写代码，主要还是技术", "我在一家公司当测试组长") == "组长也写代码，主要还是技术"
    assert without_others("我们组长也是技师", "我在一家公司做钳工") == ""


def test_a_pronoun_goes_on_about_the_apprentices():
    assert without_others("徒弟倒是带了两个，不过他们一场比赛都没参加过") == "徒弟倒是带了两个，不过他们一场比赛都没参加过"
