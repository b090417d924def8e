"""In a conversation, someone who tells the work they do now and names no place is taken to work in Hangzhou
(chat.case.home_city): inferred, said in a note, replaced by a city said later; any place named keeps it asked."""

from __future__ import annotations

from tests.chat_support import talk


def test_work_told_with_no_place_is_taken_as_hangzhou_with_a_note(deps):
    session, (answer,) = talk(deps, "首席技师 我能报吗 一直在车间修工业机器人")
    assert session.profile["employer_city"] == "杭州" and session.sources["employer_city"] == "inferred"
    assert "以上按“单位在杭州”判断" in answer.text
    assert not any("城市" in q["text"] for q in answer.questions)


def test_a_place_named_anywhere_leaves_the_city_asked(deps):
    session, _ = talk(deps, "首席技师能报吗 我之前在南京做了三年钳工 现在还是钳工 技师")
    assert session.sources.get("employer_city") != "inferred"


def test_a_city_said_later_replaces_the_presumed_one(deps):
    session, _ = talk(deps, "我是职业技术学院的数控实训老师 高级技师 首席技师能报吗",
                      "学校在金华 这些年带学生比赛 带出来的学生二三年全国职业院校技能大赛拿过一等奖")
    assert session.profile["employer_city"] == "金华"
    assert session.last_verdicts[0].verdict == "not_eligible"


def test_check_on_a_profile_never_presumes():
    from assistant.eligibility.api import check

    v = check({"skill_level": "技师", "role_type": "frontline_technical"}, "hz_chief_technician_2021")
    assert next(r for r in v.reasons if r.rule == "hangzhou_employer").ok is None


def test_a_contest_of_zhejiang_is_no_place_outside_hangzhou(deps):
    # the province reader names 浙江省 with its 省: "浙江省二类技能竞赛" is home, as 杭州 is
    session, _ = talk(deps, "我在一家汽车厂做涂装，技师，一直在线上喷漆。2019年浙江省二类技能竞赛涂装工第一名。首席技师能报吗")
    assert session.sources.get("employer_city") == "inferred"
    session, _ = talk(deps, "首席技师能报吗 我在一家汽车厂做涂装 技师 之前在江苏干过三年")
    assert session.sources.get("employer_city") != "inferred"
