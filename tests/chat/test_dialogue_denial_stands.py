"""Issue #13's dialogue misses. A "no" to the achievements is a fact said, kept with its turn: a later message telling no deed of the asker's
(a duty of the post, someone else's work) does not swap it out, a deed told later is set beside it, and a correction
withdraws it. A bare no quantified over everything asked ("都没有") answers every question asked at once. A hedged
answer ("应该是吧") is taken, and the verdict says it is to be confirmed. A bare turn to a programme ("还是问数字
工匠吧") checks the case under it, and saying what one is ("我是党员") is no yes to the union question."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.chat_support import talk

TODAY = dt.date(2026, 11, 21)

CHIEF = "hz_chief_technician_2021"
OPENING = "杭州市首席技师我想问问，我在滨江一家电梯厂做电梯安装维修工，高级技师，天天在现场"
ALL_DENIED = ("浙江省的首席技师没拿过", "奖项和比赛名次都没有", "绝招、发明、革新都没有，徒弟也没带过")


def _verdict(answer, program=CHIEF):
    return next(v.verdict for v in answer.verdicts if v.program == program)


@pytest.mark.parametrize("later", ["平时主要就是负责电梯的日常维保和巡检", "我们班长倒是总结过一套操作法，不过是他的"])
def test_a_later_duty_or_anothers_deed_leaves_the_no_standing(deps, later):
    session, answers = talk(deps, OPENING, *ALL_DENIED, later)
    assert _verdict(answers[-2]) == "not_eligible"
    assert _verdict(answers[-1]) == "not_eligible"
    assert _no_deed(session.profile.get("achievements"))  # the no stands, kept as said or as none


def test_a_deed_told_later_is_set_beside_the_no(deps):
    session, answers = talk(deps, OPENING, *ALL_DENIED, "哦对了，我琢磨出一套曳引机快速校准的操作法，公司在全省推广")
    assert _verdict(answers[-1]) == "needs_review"
    told = session.profile["achievements"]
    assert "操作法" in told[-1] and _no_deed(told[:-1]) and told[:-1]


def test_a_correction_withdraws_the_no(deps):
    session, answers = talk(deps, OPENING, *ALL_DENIED, "不对，其实我主持过曳引机的节能改造项目")
    assert _verdict(answers[-1]) == "needs_review"
    assert "achievements" not in session.denials
    assert all("改造" in a for a in session.profile["achievements"])


@pytest.mark.parametrize("reply", ["都没有", "统统没有", "全都没有", "两样都没有"])
def test_a_no_over_everything_asked_answers_each_question(deps, reply):
    from assistant.chat.case.state import Pending
    from assistant.chat.turn import respond

    session, _ = talk(deps, OPENING, ALL_DENIED[0])
    session.pending = Pending("awards", "list", ("无",), ("competition_results",), (("无",),))
    respond(session, reply, deps)
    assert session.profile.get("awards") == [] and session.profile.get("competition_results") == []


def test_a_not_one_answers_only_the_first_question():
    from assistant.chat.case.pending_answers import EVERY_ASKED

    assert EVERY_ASKED.fullmatch("一个都没有") is None and EVERY_ASKED.fullmatch("一样都没有")


CRAFTSMAN = "hz_craftsman_2016"
CRAFT_OPENING = "首届杭州工匠我能报吗？我在上城一家老字号做木雕，1972年生，中国人，在杭州刻了二十六年，现在还在刻"


@pytest.mark.parametrize("hedge", ["应该是吧", "好像是的", "估计是"])
def test_a_hedged_yes_is_taken_and_marked_to_confirm(deps, hedge):
    session, answers = talk(deps, CRAFT_OPENING)
    assert session.pending is not None and session.pending.field == "union_member"
    session, answers = talk(deps, CRAFT_OPENING, hedge)
    assert session.profile["union_member"] is True and "union_member" in session.tentative
    assert "请再确认" in answers[-1].text and hedge in answers[-1].text


def test_the_field_said_plainly_is_no_longer_tentative(deps):
    session, answers = talk(deps, CRAFT_OPENING, "应该是吧", "确认过了，我是工会会员")
    assert session.profile["union_member"] is True and "union_member" not in session.tentative
    assert "请再确认" not in answers[-1].text


def test_an_unhedged_answer_has_no_note(deps):
    session, answers = talk(deps, CRAFT_OPENING, "是的")
    assert not session.tentative and "请再确认" not in answers[-1].text


@pytest.mark.parametrize("turn, program", [("算了，还是问第四届数字工匠吧", "hz_digital_craftsman_2026"),
                                           ("说回首席技师", CHIEF), ("不对，我想问的其实是浙派", "zj_craftsman_2023"),
                                           ("那就浙派工匠吧", "zj_craftsman_2023")])
def test_a_bare_turn_to_a_programme_checks_the_case_under_it(deps, turn, program):
    session, answers = talk(deps, "我在拱墅一家机床厂做装配钳工，高级工，一直在一线，首届杭州工匠能报吗", "那首席技师呢", turn)
    assert answers[-1].verdicts and answers[-1].verdicts[0].program == program
    assert session.profile["skill_level"] == "高级工"


@pytest.mark.parametrize("text", ["浙派工匠要什么条件", "首席技师是干嘛的", "我想问问浙派工匠的截止时间"])
def test_a_question_about_a_programme_is_no_bare_turn(text):
    from assistant.chat.case.switches import turns_to
    from assistant.chat.routing import route

    assert not turns_to(text, route(text))


@pytest.mark.parametrize("reply", ["我是党员", "党员", "我是共青团员", "是正式工"])
def test_saying_what_one_is_is_no_yes_to_the_union(reply):
    from assistant.chat.case.replies import read_reply

    assert read_reply("union_member", reply, TODAY) == {}


@pytest.mark.parametrize("reply", ["是的", "单位统一入的", "早入了", "是会员", "交的"])
def test_a_yes_said_by_a_verb_still_answers(reply):
    from assistant.chat.case.replies import read_reply

    assert read_reply("union_member", reply, TODAY) == {"union_member": True}


@pytest.mark.parametrize("reply", ["我爱人也是技师", "我老婆也是高级工", "我师傅是高级技师"])
def test_another_persons_level_answers_nothing(deps, reply):
    session, _ = talk(deps, "2021年首席技师，我在临平一家泵厂做装配钳工，一直在一线", reply)
    assert "skill_level" not in session.profile and session.pending and "skill_level" in session.pending.fields


def test_an_apprentices_result_beside_it_is_kept():
    from assistant.chat.case.said import without_others

    said = "我带的徒弟2019年拿了杭州市一类大赛第二名"
    assert without_others(said) == said
    assert without_others("我是技师，我爱人是高级工") == "我是技师"


def _no_deed(achievements) -> bool:
    """The achievements say no deed: none kept, or only denials kept as said (a denial naming kinds closes those
    kinds only, docs/verdict-policy.md, so it is kept as the asker said it)."""
    from assistant.language import says_no_achievement

    return not achievements or all(says_no_achievement(a) for a in achievements)
