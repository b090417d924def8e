"""Across turns: a fact said otherwise with no correction is set aside and asked (chat.case.conflicts); with a
correction marker it replaces the older; spans in the same city said to come before add up; another's word or
belief (有人说, 听说, 主任说, 厂长以为) is no fact of the asker's (chat.case.said.without_reported)."""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.chat.turn import respond

D26 = "第四届数字工匠，我在上城做政务云运维开发，工会会员，技术岗，在杭州全职九年"
ZJ = "浙派工匠能报吗，我在台州做汽车钣金，高级技师，一线，干了十七年，在浙江全职十七年"


def _talk(deps, *turns):
    session = Session()
    answers = [respond(session, t, deps) for t in turns]
    return session, answers


def test_a_later_start_against_a_count_is_asked_not_taken(deps):
    session, (_, answer) = _talk(deps, D26, "我是2023年才来杭州上班的")
    assert "years_full_time_in_hangzhou" not in session.profile
    assert "hangzhou_full_time_start" not in session.profile
    assert answer.verdicts[0].verdict == "needs_review"
    assert "对不上" in answer.text and "9年" in answer.text
    assert [q["field"] for q in answer.questions] == ["years_full_time_in_hangzhou"]  # one question, the conflict's


def test_a_recount_with_no_marker_is_asked(deps):
    session, (_, answer) = _talk(deps, D26, "在杭州全职上班有三年")
    assert "years_full_time_in_hangzhou" not in session.profile
    assert answer.questions[0]["field"] == "years_full_time_in_hangzhou"


def test_a_correction_marker_overrides(deps):
    session, _ = _talk(deps, D26, "不对，我是2023年3月才来杭州的")
    assert session.profile["hangzhou_full_time_start"] == "2023-03"


def test_a_hedged_count_that_meets_the_older_is_no_conflict(deps):
    session, _ = _talk(deps, D26, "在杭州全职干了十来年")
    assert session.profile["years_full_time_in_hangzhou"] == 10


def test_an_earlier_span_in_another_district_adds(deps):
    session, _ = _talk(deps, "第四届数字工匠，我做工业互联网平台开发，全职，工会会员，技术岗，在萧山干了五年", "之前在余杭还有三年")
    assert session.profile["years_full_time_in_hangzhou"] == 8


def test_a_level_said_otherwise_is_asked_and_news_of_a_level_is_not(deps):
    session, (_, answer) = _talk(deps, ZJ, "我是技师，干钣金十几年了")
    assert "skill_level" not in session.profile
    assert answer.questions[0]["field"] == "skill_level"
    session, _ = _talk(deps, ZJ.replace("高级技师", "技师"), "今年刚考出了高级技师")
    assert session.profile["skill_level"] == "高级技师"


def test_a_correction_of_the_level_is_no_answer_to_the_free_text_question_pending(deps):
    session, _ = _talk(deps, ZJ, "应该是技师，高级技师还没评下来")
    assert session.profile["skill_level"] == "技师"
    assert "achievements" not in session.profile


def test_a_city_said_otherwise_is_asked(deps):
    session, _ = _talk(deps, "首席技师，我在萧山一家汽配厂做数控车工，技师，一直在一线，全职", "我们厂在绍兴柯桥")
    assert "employer_city" not in session.profile


def test_hearsay_and_others_opinions_are_no_facts(deps):
    session, _ = _talk(deps, "第四届数字工匠，我在拱墅做数据分析，全职，工会会员，技术岗", "有人说我在杭州市区才八年")
    assert "years_full_time_in_hangzhou" not in session.profile
    session, _ = _talk(deps, "首席技师，我在临平做注塑机维修，技师，一直在一线，全职", "我们主任说我不算一线")
    assert session.profile["role_type"] == "frontline_technical"
    session, _ = _talk(deps, "第四届数字工匠，我在滨江做ERP系统二次开发，全职，技术岗，工会会员", "同事说我这个不算数字经济")
    assert session.profile["is_digital_economy"] is True


def test_the_askers_own_clause_after_a_report_stands(deps):
    session, _ = _talk(deps, "首席技师能报吗，我在钱塘做电气安装，一直在一线，全职", "厂长以为我是技师，其实我还是高级工")
    assert session.profile["skill_level"] == "高级工"
    session, _ = _talk(deps, "浙派工匠能报吗，我在衢州做化工仪表维修，一线，干了十五年，在浙江全职十五年",
                       "我老婆觉得我肯定够格，我是高级技师")
    assert session.profile["skill_level"] == "高级技师"  # the wife named is no new subject of the talk
    assert session.subject is None


def test_a_bare_count_after_a_report_takes_the_reports_topic():
    from assistant.chat.case.said import without_reported

    assert without_reported("别人都说我干了快二十年了，其实也就十二年").startswith("我干了十二年")
    assert without_reported("人家说我在杭州干了十年，实际上才八年").startswith("我在杭州干了八年")
    assert without_reported("听说要十年，我干了五年") == "我干了五年"  # a count with its own topic stays as said


def test_a_bare_yes_or_no_after_a_report_answers_the_reports_proposition():
    from assistant.chat.case.said import without_reported

    assert without_reported("我以为我是工会会员，后来才知道没入") == "我不是工会会员"
    assert without_reported("有人说我有技师证，其实没有") == "我没有技师证"
    assert without_reported("听说我是会员，其实是的") == "我是会员"
