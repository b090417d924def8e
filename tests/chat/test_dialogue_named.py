"""A reply that names its own field fills that field, not the question pending; a bare yes answers the pending one.
Found by trying the chat as a new user ("是的会员" to a question about employment set the job to "的会员")."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from assistant.chat.case.brief import FIRST_SCREEN, first_screen
from assistant.chat.case.replies import read_reply
from assistant.chat.case.state import Pending, Session
from assistant.chat.turn import respond

TODAY = dt.date(2026, 11, 21)
_START = "我在滨江一家民企做后端开发，干了8年，2018年来的杭州，1990年生，想报第四届数字工匠"


@pytest.mark.parametrize("text", ["是的会员", "会员是的", "工会的话是会员", "对，会员"])
def test_a_yes_naming_the_union_is_not_a_yes_to_another_question(text):
    assert read_reply("is_highest_level_of_occupation", text, TODAY) == {}
    assert read_reply("union_member", text, TODAY) == {"union_member": True}


@pytest.mark.parametrize(("field", "text"), [("union_member", "是的，高级工"), ("rehired", "对，杭州工匠"),
                                             ("union_member", "是，在宁波")])
def test_a_yes_followed_by_another_fields_value_answers_that_field(field, text):
    assert read_reply(field, text, TODAY) == {}


@pytest.mark.parametrize("text", ["是", "是的", "对的", "嗯"])
def test_a_bare_yes_answers_the_question_pending(text):
    assert read_reply("is_highest_level_of_occupation", text, TODAY) == {"is_highest_level_of_occupation": True}


@pytest.mark.parametrize("reply", ["是的会员", "会员是的", "工会的话是会员"])
def test_a_union_reply_to_another_question_fills_the_union(deps, reply):
    session = Session()
    respond(session, "我是杭州一家民企的数控技师，干了12年，1985年出生，能报浙派工匠吗", deps)
    assert session.pending is not None and "union_member" not in (session.pending.field, *session.pending.also)
    occupation = session.profile.get("occupation")
    respond(session, reply, deps)
    assert session.profile.get("union_member") is True
    assert session.profile.get("occupation") == occupation, "a yes to the union is no job title"


def test_a_bare_yes_goes_to_the_pending_yes_no_question(deps):
    session = Session()
    respond(session, _START, deps)
    respond(session, "没有", deps)
    assert session.pending is not None and session.pending.field == "union_member"
    respond(session, "是", deps)
    assert session.profile["union_member"] is True and session.profile["prior_titles"] == []


_DIGITAL = "我在杭州做大数据开发6年了，工会会员，技术岗，能报第四届数字工匠吗"


@pytest.mark.parametrize("ask", ["能直接认定吗", "我这种情况能不能直接评上？", "可以直接认定不"])
def test_asking_about_direct_recognition_leads_with_that_path(deps, ask):
    session = Session()
    respond(session, _DIGITAL, deps)
    answer = respond(session, ask, deps)
    screen = first_screen(answer.text)
    assert answer.verdicts and screen.startswith("**直接认定**") and "个人第一名" in screen.splitlines()[0]
    assert "在杭全职" not in screen.splitlines()[0], "the years rule does not lead"
    assert answer.questions[0]["field"] == "competition_results", "what decides the path is asked first"
    assert len(screen) <= FIRST_SCREEN


def test_a_first_place_said_with_the_question_meets_the_path_and_a_second_place_does_not(deps):
    first = respond(Session(), "我在杭州做大数据开发6年了，今年拿了杭州市数字经济职业技能竞赛个人第一，能直接认定吗", deps)
    assert "满足这一条" in first_screen(first.text)
    second = respond(Session(), "我在杭州做前端4年，全职，工会会员，去年省数字经济技能大赛拿了第二名，能不能直接认定？", deps)
    lines = first_screen(second.text).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("**直接认定**"))  # after any reading note
    assert "不能直接认定" in lines[at + 1] and "不能直接认定" not in lines[at + 2], "a path not taken decides nothing"


def test_a_programme_without_a_direct_path_says_so_first(deps):
    answer = respond(Session(), "浙派工匠能直接认定吗？我是高级技师", deps)
    assert answer.verdicts[0].program == "zj_craftsman_2023"
    assert "没有直接认定的规定" in first_screen(answer.text).splitlines()[0]


def test_who_can_be_recognised_directly_is_a_question_about_the_rules(deps):
    assert respond(Session(), "第四届数字工匠哪些人可以直接认定？", deps).intents == ("qa",)


@pytest.mark.parametrize(("follow", "program"), [("那浙派呢", "zj_craftsman_2023"), ("那首席技师呢？", "hz_chief_technician_2021"),
                                                  ("换成2023年那届呢", "hz_digital_craftsman_2023")])
def test_a_follow_up_after_a_ranking_switches_programme_and_keeps_the_profile(deps, follow, program):
    session = Session()
    respond(session, "我能报哪些？我在余杭做工业软件开发，干了9年，2017年来杭州，民企普通员工，工会会员", deps)
    known = dict(session.profile)
    answer = respond(session, follow, deps)
    assert answer.intents == ("eligibility",) and answer.verdicts[0].program == program
    assert all(session.profile.get(k) == v for k, v in known.items())


def test_an_edition_follow_up_stays_in_the_series_in_focus(deps):
    session = Session()
    respond(session, "我在滨江做后端开发8年，2018年来杭州，工会会员，想报第四届数字工匠", deps)
    assert respond(session, "那首届呢", deps).verdicts[0].program == "hz_digital_craftsman_2023"


@pytest.mark.parametrize("fix", ["记错了，是2019年才来的", "不对，2019年才调过来的", "说错了，我是19年才来的"])
def test_a_corrected_arrival_without_its_place_is_the_arrival_said_before(deps, fix):
    session = Session()
    respond(session, "我能报哪些？我在余杭做工业软件开发，干了9年，2017年来杭州，民企普通员工，工会会员", deps)
    respond(session, "那首席技师呢？", deps)
    answer = respond(session, fix, deps)
    assert session.profile["hangzhou_full_time_start"].startswith("2019")
    assert session.profile["years_full_time_in_hangzhou"] < 8
    assert session.profile["years_in_field"] == 9.0, "the trade's years are not the arrival's"
    assert answer.text.startswith("已按您的更正重新判断：开始在杭州全职工作改为2019年")


@pytest.mark.parametrize("fix", ["记错了，是高级工", "不对，我是技师", "搞错了，其实只是中级工"])
def test_a_corrected_level_is_not_taken_as_the_free_text_asked_for(deps, fix):
    session = Session()
    respond(session, "这几个荣誉里哪个最适合我？我是高级技师，在杭州一家国企一线做数控加工20年，工会会员，1978年生", deps)
    respond(session, "那浙派呢", deps)
    session.pending = dataclasses.replace(session.pending, field="trained_apprentices", kind="text", also=())
    answer = respond(session, fix, deps)
    assert "trained_apprentices" not in session.profile
    assert session.profile["skill_level"] in fix and "改为" in answer.text.splitlines()[0]


@pytest.mark.parametrize("said", ["去年全国数字经济行业职业技能竞赛数据安全赛项我拿了个人第一，第四届数字工匠咋弄",
                                  "2025年杭州市数字经济职业技能竞赛云计算赛项个人第一名，能报第四届数字工匠吗",
                                  "我拿过省数字经济技能大赛的个人第一，2025年的，想问第四届数字工匠"])
def test_a_digital_economy_competition_says_the_work_is_digital(deps, said):
    session = Session()
    answer = respond(session, said, deps)
    assert session.profile["is_digital_economy"] is True  # read from the message, else derived from the contest
    assert all(q["field"] != "is_digital_economy" for q in answer.questions)


def test_a_welder_with_a_welding_contest_is_not_made_digital(deps):
    session = Session()
    respond(session, "我是电焊工，2025年省职业技能大赛焊接项目个人第一，能报第四届数字工匠吗", deps)
    assert session.profile.get("is_digital_economy") is not True


@pytest.mark.parametrize("bare", ["没有", "好的", "嗯"])
def test_a_bare_word_after_a_verdict_with_nothing_asked_continues_the_talk(deps, bare):
    session = Session()
    respond(session, "我是一家民企的副总经理，分管技术，以前是做嵌入式开发的，在杭州15年了，能报第四届数字工匠吗", deps)
    assert session.pending is None
    answer = respond(session, bare, deps)
    assert answer.intents == ("eligibility",) and "电话" not in answer.text


def test_a_bare_yes_to_a_question_that_is_not_yes_or_no_answers_no_yes_no_question_never_asked(deps):
    session = Session()
    respond(session, "第四届数字工匠我能报吗", deps)
    respond(session, "我在一家公司上班", deps)  # no job named: its post type is asked, not inferred (chat.case.dialogue)
    respond(session, "在杭州5年了", deps)
    # the titles that exclude are asked first (chat.case.asking ranks by eligibility.decisive), the union may come second:
    # the question pending is made the titles' alone, so that the union is a question never asked
    session.pending = Pending("prior_titles", "list", ("无",))
    session.asked.pop("union_member", None)
    respond(session, "是", deps)
    assert "union_member" not in session.profile, "the union was never asked about"


@pytest.mark.parametrize("said", ["我带过十几个徒弟，有两个拿了市里比赛第一", "带了七八个徒弟，有三个人获得省赛第一名",
                                  "徒弟带了不少，其中2人获省赛第一"])
def test_the_apprentices_results_are_not_the_askers(said):
    from assistant.extract import extract

    assert not extract(said, TODAY).profile.get("competition_results")


@pytest.mark.parametrize(("said", "program"), [
    ("第四届数字工匠能报吗？我在滨江做平台开发10年，从没评过浙江工匠杭州工匠。", "hz_digital_craftsman_2026"),
    ("首届数字工匠那时，我在余杭做数据服务，2016年来杭州，没评过杭州工匠。当时能报吗", "hz_digital_craftsman_2023"),
    ("浙江省首席技师没评过，想报浙派工匠，我是高级技师", "zj_craftsman_2023"),
])
def test_a_title_named_only_to_deny_holding_it_is_no_programme_to_check(deps, said, program):
    answer = respond(Session(), said, deps)
    assert [v.program for v in answer.verdicts] == [program]


@pytest.mark.parametrize(("said", "program"), [
    ("我想问下我能不能评杭州工匠", "hz_craftsman_2016"),
    ("首席技师我可不可以报", "hz_chief_technician_2021"),
    ("我这种情况能不能评上浙派工匠啊", "zj_craftsman_2023"),
    ("本人在桐庐做设备运维，干了六年了，中级工，想问问能评首届杭州工匠不", "hz_craftsman_2016"),
])
def test_an_a_not_a_question_names_the_programme_it_asks_about(deps, said, program):
    """"能不能评杭州工匠" asks; its 不 denies nothing. Read as a denied title it had dropped the programme and
    answered a ranking of all five with 浙派 as the headline."""
    answer = respond(Session(), said, deps)
    assert [v.program for v in answer.verdicts] == [program]


def test_a_ranking_goes_on_after_a_reply_when_a_title_was_denied_in_passing(deps):
    session = Session()
    respond(session, "我2018年评上了杭州工匠，高级技师，在杭州一家锅炉厂一线做焊接，2017年评上全国技术能手，"
                     "浙江省首席技师没评过。还能报哪些？", deps)
    assert session.programs == ()
    answer = respond(session, "我在浙江干了20多年了", deps)
    assert len(answer.verdicts) == 5, "the answer to the question asked continues the ranking"


@pytest.mark.parametrize(("first", "then", "city"), [
    ("第四届数字工匠：我在临平一家做智能仓储机器人的公司搞调试", "在苏州干了5年，一样是调机器人", "杭州"),
    ("第四届数字工匠：我在滨江做云计算运维", "之前在上海干过三年运维", "杭州"),
    ("浙派工匠：我在宁波一家模具厂当钳工", "以前在温州干了六年", "宁波"),
    ("第四届数字工匠：我在滨江做云计算运维", "现在调到宁波了，在那边干了一年", "宁波"),  # a move said now
])
def test_years_in_another_city_said_later_are_an_earlier_job(deps, first, then, city):
    session = Session()
    respond(session, first, deps)
    respond(session, then, deps)
    assert session.profile.get("employer_city") == city


@pytest.mark.parametrize(("first", "then", "program"), [
    ("首席技师要什么条件", "能报吗", "hz_chief_technician_2021"),
    ("第四届数字工匠截止是哪天", "那我符合吗", "hz_digital_craftsman_2026"),
    ("我是技师，在富阳造纸厂一线干了12年，想报首席技师", "我这样够格吗？", "hz_chief_technician_2021"),
    ("我是技师，在富阳造纸厂一线干了12年，想报首席技师", "那还有戏吗", "hz_chief_technician_2021"),
])
def test_a_bare_can_i_apply_asks_about_the_programme_in_talk(deps, first, then, program):
    """"能报吗" names no programme: it is the asker's case under the one talked about, not a question to look up
    (it had been refused as "这五份通知里没有涉及这个问题")."""
    session = Session()
    respond(session, first, deps)
    answer = respond(session, then, deps)
    assert [v.program for v in answer.verdicts] == [program]
