"""A reply to an open question is read for what it holds. A bare yes or a vague "有一些吧" to "您的主要业绩有哪些？"
(or the awards, apprentices) is no value: nothing is stored, and the question is asked again for the specifics.
A deed told in a later reply to another question ("改过冲压模的快速换模结构…" to the awards question) is the
achievement the checker was waiting for, read by the achievement classifier, not lost because the extractor
had no cue for it."""

from __future__ import annotations

import pytest

from assistant.chat.case.reply_topic import holds_unnamed
from assistant.chat.case.state import Pending
from tests.chat_support import talk

CHIEF = "hz_chief_technician_2021"
ZJ = "zj_craftsman_2023"
OPENING = "首席技师那个 我在临平一家汽配厂做模具钳工 高级技师证一四年拿的 一直在车间干活 浙江省首席没评过"
ZJ_OPENING = "浙派工匠 我在丽水一家做香菇烘干设备的厂 装配钳工 高级技师 干了十二年 一线 在职"


@pytest.mark.parametrize("reply", ["有的", "是", "嗯", "是的 有一些吧", "嗯 算有吧", "有几项", "倒是做过一些", "对的"])
def test_a_yes_to_an_open_question_holds_some_unnamed(reply):
    assert holds_unnamed(Pending("achievements", "text"), reply)
    assert holds_unnamed(Pending("awards", "list"), reply)


@pytest.mark.parametrize("reply", ["没有", "无", "主导过一项团体标准", "有一个省科技进步奖", "是会员"])
def test_a_none_or_a_named_item_is_no_unnamed_holding(reply):
    assert not holds_unnamed(Pending("achievements", "text"), reply)


def test_a_bare_yes_answers_the_yes_no_question_asked_beside_the_open_one():
    assert not holds_unnamed(Pending("achievements", "text", also=("union_member",)), "是")
    assert not holds_unnamed(Pending("union_member", "bool"), "是")


def test_a_bare_yes_to_the_deeds_question_is_not_stored_as_a_deed(deps):
    session, answers = talk(deps, ZJ_OPENING, "是的 有一些吧")
    assert "achievements" not in session.profile
    assert answers[-1].questions and "您说有" in answers[-1].questions[0]["text"]


def test_a_yes_to_the_awards_question_asks_for_the_names_not_the_rules(deps):
    session, answers = talk(deps, OPENING, "嗯 算有吧")
    assert answers[-1].questions and answers[-1].questions[0]["text"].startswith("您说有")
    assert "awards" not in session.profile


def test_a_deed_told_to_the_awards_question_is_read_as_the_achievement(deps):
    session, answers = talk(deps, OPENING, "改过冲压模的快速换模结构 换一次模从四十分钟缩到十分钟 全车间都在用")
    assert session.profile["achievements"] == ["改过冲压模的快速换模结构，换一次模从四十分钟缩到十分钟，全车间都在用"]
    verdict = next(v for v in answers[-1].verdicts if v.program == CHIEF)
    assert "achievements" not in verdict.missing


def test_a_reply_of_other_facts_tells_no_deed(deps):
    session, _ = talk(deps, OPENING, "一九年拿过杭州市汽车维修技能竞赛一类赛第二名")
    assert "achievements" not in session.profile


@pytest.mark.parametrize("clauses", [["没有", "就是干活"], ["没", "我就是个打工的"], ["真没有", "就是老老实实上班"],
                                     ["都没有", "只是干活而已"]])
def test_a_none_then_just_the_job_is_nothing_at_all(clauses):
    from assistant.chat.case.pending_answers import none_but_the_job

    assert none_but_the_job(clauses)


@pytest.mark.parametrize("clauses", [["没有", "就是带了三个徒弟"], ["有", "就是干活"], ["没有"], ["没有", "就是工资低"]])
def test_a_none_then_something_told_is_not(clauses):
    from assistant.chat.case.pending_answers import none_but_the_job

    assert not none_but_the_job(clauses)


def test_none_then_just_the_job_to_the_deeds_and_apprentices_denies_both(deps):
    session, answers = talk(deps, ZJ_OPENING, "没有 就是干活")
    assert session.profile.get("achievements") == []
    assert session.profile.get("trained_apprentices") == "无"
    assert next(v.verdict for v in answers[-1].verdicts if v.program == ZJ) == "not_eligible"


def test_an_honour_told_beside_the_level_asked_dates_the_honour_not_the_level(deps):
    session, answers = talk(deps, "首席技师 我在余杭一家电缆厂做设备维修 一线 省首席没评过", "技师 一九年还评上了杭州市杰出人才")
    assert session.profile["skill_level"] == "技师"
    assert "since" not in session.skill_dates
    assert next(v.verdict for v in answers[-1].verdicts if v.program == CHIEF) == "eligible"


def test_an_edition_asked_after_denying_titles_is_the_series_in_focus(deps):
    """"那首届呢 … 浙江工匠杭州工匠没评过": the titles denied name no programme (not 首届杭州工匠), so "首届" is the first
    edition of the digital craftsman the talk is about, and the asker's case is checked under it."""
    session, answers = talk(deps, "第四届数字工匠 我在滨江做网约车调度算法 干了七年 一直在杭州 会员 没评过工匠",
                            "那首届呢 那会儿我也在做这个 浙江工匠杭州工匠没评过 奖啊证书啥的都没有 也没带过人")
    checked = {v.program for v in answers[-1].verdicts}
    assert "hz_digital_craftsman_2023" in checked and "hz_craftsman_2016" not in checked
