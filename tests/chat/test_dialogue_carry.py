"""What the dialogue state carries from one turn to the next: the direct-recognition framing while the topic holds,
a note said once, year counts said in separate turns, a bare count given to the question pending, "不是，…"
corrections, and the post type of a job that is plainly front-line work."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.brief import first_screen
from tests.chat_support import talk as _talk

TODAY = dt.date(2026, 11, 21)
_DIRECT_LINE = "直接认定"


@pytest.mark.parametrize("turns", [
    ("我去年拿了杭州市数字经济行业职业技能竞赛第一名，个人赛，能直接认定吗", "我是做网络安全的，在杭州干了6年", "是工会会员"),
    ("今年拿了浙江省数字经济行业职业技能竞赛个人第一名，可以直接认定杭州数字工匠吗", "在杭州做云计算运维，干了7年", "工会会员，没评过称号"),
    ("2025年全国数字经济行业职业技能竞赛个人第一名，能不能直接认定", "我在滨江一家民企做数据安全，全职8年"),
])
def test_the_direct_framing_holds_while_the_talk_stays_on_eligibility(deps, turns):
    session, answers = _talk(deps, *turns)
    for answer in answers:
        assert _DIRECT_LINE in first_screen(answer.text)
    assert session.about == "direct"


def test_the_direct_framing_ends_with_a_programme_without_a_direct_path(deps):
    session, answers = _talk(deps, "我去年拿了杭州市数字经济行业职业技能竞赛第一名，个人赛，能直接认定吗",
                             "那首席技师呢？2021年那次")
    assert session.about is None
    assert "直接认定看这一条" not in first_screen(answers[-1].text)


def test_a_later_question_about_direct_recognition_starts_it_again(deps):
    session, _ = _talk(deps, "我在杭州做软件开发8年，第四届数字工匠能报吗", "那我能直接认定吗？去年拿了杭州市数字经济行业职业技能竞赛个人第一名")
    assert session.about == "direct"


@pytest.mark.parametrize("turns", [
    ("我在西湖区做大数据开发，干了10年，1990年出生，能报第四届数字工匠吗", "是工会会员", "没有获得过称号"),
    ("在滨江做云计算运维8年了，第四届数字工匠能报吗", "工会会员", "无"),
    ("我是做直播电商运营的，在杭州干了6年，第四届数字工匠能报吗", "是的，会员", "没评过"),
])
def test_the_inferred_employment_note_is_said_once(deps, turns):
    session, answers = _talk(deps, *turns)
    said = ["在职全职" in first_screen(a.text) for a in answers]
    assert said == [True] + [False] * (len(turns) - 1)
    assert session.profile["employment"] == "full_time" and "inferred_employment" in session.said


@pytest.mark.parametrize(("turns", "level"), [
    (("我是数控车工，技师，1980年的，在杭州干了15年，能报首席技师吗", "不是，最高是高级技师"), "高级技师"),
    (("我在杭州一家民企做软件开发，高级工，能报第四届数字工匠吗", "不对，是技师"), "技师"),
    (("我是钳工，高级工，在杭州干了20年，首席技师能报吗", "不是，我是高级技师，2018年考的"), "高级技师"),
    (("首席技师能报不？我在建德一家化工厂做化工总控工，一线倒班十几年了", "技师", "不对不对，我记错了，去年考的是高级工，技师还没考"),
     "高级工"),
])
def test_a_reply_led_by_a_denial_that_says_a_new_level_corrects_it(deps, turns, level):
    session, answers = _talk(deps, *turns)
    assert session.profile["skill_level"] == level and session.sources["skill_level"] == "correction"
    # the asker's own highest is not the trade's top ("最高是高级技师"); a higher level still to be taken ("技师还没考")
    # says the level held is below the top
    assert session.profile.get("is_highest_level_of_occupation") is not True
    assert "prior_titles" not in session.profile  # its "不是" is no "none" to the titles question asked with it


def test_a_level_question_answered_with_a_denial_and_the_level_takes_the_level(deps):
    session, _ = _talk(deps, "我是数控车工，1980年的，在杭州干了15年，能报首席技师吗", "不是，最高是高级技师")
    assert session.profile["skill_level"] == "高级技师" and "is_highest_level_of_occupation" not in session.profile


@pytest.mark.parametrize("reply", ["不是，最高是高级技师，我还没考", "不是，最高是高级技师", "不是的，最高到高级技师"])
def test_the_top_level_named_to_the_top_level_question_is_the_trades(deps, reply):
    session, _ = _talk(deps, "浙派工匠：我是技师，在西湖龙井村的茶厂一线炒茶二十多年了", reply)
    assert session.pending is None or "is_highest_level_of_occupation" not in (session.pending.field,)
    assert session.profile["skill_level"] == "技师"
    assert session.profile["is_highest_level_of_occupation"] is False


@pytest.mark.parametrize(("turns", "city"), [
    (("浙派工匠能报吗，我是杭州一家汽车厂的涂装工，高级技师，一线干了22年，在职", "不是，单位在嘉兴"), "嘉兴"),
    (("我在宁波一家模具厂做钳工，技师，浙派工匠能报吗", "不对，在温州"), "温州"),
])
def test_a_denial_then_another_city_corrects_the_workplace(deps, turns, city):
    session, _ = _talk(deps, *turns)
    assert session.profile["employer_city"] == city and session.sources["employer_city"] == "correction"


@pytest.mark.parametrize(("turns", "trade", "hangzhou"), [
    (("我是做工业机器人调试的，技师，1985年出生，想报杭州首席技师", "我在苏州干了5年", "来杭州又干了3年"), 8.0, 3.0),
    (("我做数控车工，高级技师，1980年的，能报杭州工匠吗", "之前在宁波干了6年", "后来到杭州又做了4年"), 10.0, 4.0),
    (("我做软件测试的，第四届数字工匠能报吗", "在上海干了4年", "后来到了杭州，又干了3年"), 7.0, 3.0),  # as "来杭州又干了3年"
    (("我在杭州做软件开发，干了8年，第四届数字工匠能报吗", "之前在上海还干了4年"), 12.0, 8.0),
])
def test_spans_in_different_places_said_in_different_turns_add_up(deps, turns, trade, hangzhou):
    session, _ = _talk(deps, *turns)
    assert session.profile["years_in_field"] == trade
    assert session.profile.get("years_full_time_in_hangzhou") == hangzhou
    assert session.profile["employer_city"] == "杭州"  # "来杭州…", "后来到了杭州": a move, the workplace now


@pytest.mark.parametrize("turns", [
    ("我在杭州做软件开发，在杭州干了8年，第四届数字工匠能报吗", "在杭州干了8年"),
    ("我在苏州干了5年，想报首席技师", "不对，在苏州干了6年"),
    ("我在苏州干了5年，想报首席技师", "在杭州干了3年，加起来8年"),
])
def test_a_span_said_again_corrected_or_totalled_is_not_added(deps, turns):
    session, _ = _talk(deps, *turns)
    assert session.profile["years_in_field"] in (8.0, 6.0)


def test_a_count_in_another_city_is_no_answer_to_the_hangzhou_question():
    from assistant.chat.case.replies import read_reply

    assert read_reply("years_full_time_in_hangzhou", "之前在上海还干了4年", TODAY) == {}
    assert read_reply("years_full_time_in_zhejiang", "在苏州干了5年", TODAY) == {}
    assert read_reply("years_full_time_in_hangzhou", "在萧山干了4年", TODAY)["years_full_time_in_hangzhou"] == 4.0


_BOTH_YEARS = "我做软件开发的，1988年出生，在杭州一家民企，全职，工会会员，没评过称号，一线技术岗，能报第四届数字工匠吗"
# the same with work elsewhere before: the years at the Hangzhou workplace are not the trade's
_MOVED = "我做软件开发的，1988年出生，以前在外地干过，现在在杭州一家民企，全职，工会会员，没评过称号，一线技术岗，能报第四届数字工匠吗"


@pytest.mark.parametrize(("reply", "years"), [("十二年", 12.0), ("十来年", 10.0), ("8年", 8.0)])
def test_two_open_counts_are_asked_one_a_turn_the_trades_first(deps, reply, years):
    # a bare count answers whichever is asked, and those who write in answer with the trade's years: the trade's
    # count is asked alone first (chat.case.asking.trade_years_first), then Hangzhou's
    session, answers = _talk(deps, _MOVED, reply)
    asked = [q["field"] for q in answers[0].questions]
    assert "years_in_field" in asked and "years_full_time_in_hangzhou" not in asked
    assert session.profile["years_in_field"] == years and "years_full_time_in_hangzhou" not in session.profile
    assert answers[1].questions[0]["field"] == "years_full_time_in_hangzhou"


def test_a_bare_count_at_the_only_workplace_told_counts_for_its_city_too(deps):
    session, answers = _talk(deps, _BOTH_YEARS, "十二年")
    assert session.profile["years_in_field"] == session.profile["years_full_time_in_hangzhou"] == 12.0


def test_a_count_naming_its_place_answers_both_year_questions(deps):
    session, _ = _talk(deps, _BOTH_YEARS, "在杭州12年")
    assert session.profile["years_full_time_in_hangzhou"] == 12.0 and session.counted is None


@pytest.mark.parametrize(("opening", "reply", "field"), [
    ("我是电工，技师，1975年出生，在杭州一家国企，全职，工会会员，没评过称号，一线技术岗，能报杭州工匠吗", "十二年", "years_in_field"),
    ("浙派工匠能报吗，我是宁波一家模具厂的钳工，高级技师，一线，在职，1980年的", "二十年", "years_in_field"),
])
def test_a_bare_count_fills_the_year_question_pending(deps, opening, reply, field):
    session, answers = _talk(deps, opening, reply)
    asked = [q["field"] for q in answers[0].questions]
    assert field in asked and [f for f in asked if "years" in f][0] == field  # the first year question asked
    assert session.profile[field] == float(12 if reply == "十二年" else 20)


@pytest.mark.parametrize("opening", [
    "我是普通员工，在杭州一家公司做调试，干了10年，技师，1982年的，想报首席技师",
    "我在萧山一家厂里做数控车工，干了15年，技师，首席技师能报吗",
    "我是做软件开发的，在杭州干了8年，第四届数字工匠能报吗",
])
def test_plainly_front_line_work_is_not_asked_for_its_post_type(deps, opening):
    session, answers = _talk(deps, opening)
    assert session.profile["role_type"] == "frontline_technical"
    assert "role_type" not in [q["field"] for q in answers[0].questions]


@pytest.mark.parametrize("opening", ["我在杭州一家公司当车间主任，做调试出身，技师，想报首席技师",
                                     "我在杭州做软件开发，现在是测试组长，第四届数字工匠能报吗"])
def test_a_job_said_beside_managing_words_is_not_inferred_front_line(deps, opening):
    session, _ = _talk(deps, opening)
    assert session.sources.get("role_type") != "inferred"


def test_an_inferred_post_gives_way_to_one_said_later(deps):
    session, _ = _talk(deps, "我是做调试的，在杭州干了10年，技师，想报首席技师", "现在主要管人了")
    assert session.profile["role_type"] == "management" and session.sources["role_type"] != "inferred"


@pytest.mark.parametrize(("turns", "field", "value"), [
    (("我是萧山一家汽车零部件厂搞设备联网的工程师，想报第四届数字工匠", "称号没评过……不对，我记错了，2023年评上过浙江工匠的"),
     "prior_titles", ["浙江工匠"]),
    (("我在杭州做软件开发，第四届数字工匠能报吗", "干了8年……不对，是10年"), "years_in_field", 10.0),
    (("我是钳工，想报首席技师", "我是高级工，哦不对，我记错了，是技师"), "skill_level", "技师"),
])
def test_what_a_message_says_after_correcting_itself_wins(deps, turns, field, value):
    session, _ = _talk(deps, *turns)
    assert session.profile[field] == value


@pytest.mark.parametrize("again", ["那还有戏吗", "这样的话还能报吗", "那我还行不行"])
def test_asked_again_after_new_facts_is_the_same_eligibility_question(deps, again):
    session, answers = _talk(deps, "我在杭州做软件开发，干了8年，第四届数字工匠能报吗", "2023年评上过杭州数字工匠", again)
    assert answers[-1].intents[0] == "eligibility" and answers[-1].verdicts


@pytest.mark.parametrize("reply", ["工会会员不太清楚，要问问厂里", "会员不知道，没问过", "工会会员记不清了"])
def test_a_fact_said_to_be_unknown_is_not_taken(deps, reply):
    session, _ = _talk(deps, "首届杭州工匠，我是杭州一家茶厂炒茶的，中国人，1965年的，一直一线", reply)
    assert "union_member" not in session.profile


def test_a_year_said_to_the_birth_month_question_that_makes_a_child_is_not_a_birth(deps):
    session, _ = _talk(deps, "首届杭州工匠那次我能报吗？我是桐庐一家制笔厂的模具钳工，1978年生的，中国人，一直在车间一线，工会会员",
                       "2014年拿过杭州市职业技能大赛模具工第一名")
    assert session.profile["birth_date"].startswith("1978")


@pytest.mark.parametrize(("turns", "field", "options"), [
    ((_MOVED, "七年"), "years_full_time_in_hangzhou", ["不到2年", "2年以上"]),  # asked after the trade's
    ((_BOTH_YEARS,), "years_in_field", ["不到6年", "6年以上"]),
    (("我是电工，技师，1975年出生，在杭州一家国企，全职，工会会员，没评过称号，一线技术岗，能报杭州工匠吗",), "years_in_field",
     ["2005年或更早", "2007年或更晚"]),  # a past round asks the start year (chat.case.past_years), not "不到21年"
])
def test_a_year_question_offers_choices_on_either_side_of_its_threshold(deps, turns, field, options):
    _, answers = _talk(deps, *turns)
    assert next(q for q in answers[-1].questions if q["field"] == field)["options"] == options


@pytest.mark.parametrize(("choice", "verdict_open"), [("6年以上", False), ("不到2年", False)])
def test_a_year_choice_tapped_decides_the_rule_it_was_offered_for(deps, choice, verdict_open):
    session, answers = _talk(deps, _BOTH_YEARS, "在杭州8年", choice)
    reasons = [r for r in answers[-1].verdicts[0].reasons if "years_in_field" in r.fields] \
        if hasattr(answers[-1].verdicts[0].reasons[0], "fields") else []
    assert "years_in_field" in session.profile
    assert "years_in_field" not in answers[-1].verdicts[0].missing
    assert not reasons or all(r.ok is not None for r in reasons) != verdict_open


@pytest.mark.parametrize(("turns", "role"), [
    (("我在西湖区一家AI公司做算法工程师八年了，想报第四届数字工匠", "不过去年开始转岗做销售总监了，现在主要跑客户，不写代码了"),
     "management"),
    (("我在杭州一家厂做数控车工，技师，想报首席技师", "前年提拔为车间主任，现在主要管人"), "management"),
    (("我在杭州一家公司做运营，第四届数字工匠能报吗", "去年调到研发部写代码了"), "frontline_technical"),
])
def test_a_change_of_post_said_in_passing_is_the_post_now(deps, turns, role):
    session, _ = _talk(deps, *turns)
    assert session.profile["role_type"] == role


def test_a_quick_reply_to_the_first_year_question_needs_no_word_on_how_it_was_taken(deps):
    """The button "2年以上" answers the question it was shown under; the next question need not say "您说的2年已按在
    杭州全职工作的年限记下" (that is for a bare count that could answer either)."""
    session, answers = _talk(deps, _MOVED)
    button = answers[0].questions[0]["options"][-1]
    _, answers = _talk(deps, _MOVED, button)
    asked = answers[1].questions[0]
    assert asked["field"] == "years_full_time_in_hangzhou" and "已按" not in asked["text"]


@pytest.mark.parametrize("later", ["那首席技师行不行，2021年那次", "高级技师，2017年评的", "浙派工匠呢，2023年那届"])
def test_a_year_said_with_a_programme_or_another_fact_is_not_the_competitions(deps, later):
    """A short later message with a year patches the competition told before only when the year is its own:
    not a programme's round ("2021年那次" beside 首席技师) nor another fact's ("2017年评的" beside the level)."""
    session, _ = _talk(deps, "我是富阳供电的带电作业工，2015年浙江省电力行业带电作业技能大赛拿了第一名，2016年杭州工匠能报不？",
                       later)
    assert [r["year"] for r in session.profile["competition_results"]] == [2015]


def test_a_year_said_as_a_correction_still_patches_the_competition(deps):
    session, _ = _talk(deps, "我2019年市里焊工比赛拿了第二名，首席技师能报吗", "说错了，是2018年那次")
    assert [r["year"] for r in session.profile["competition_results"]] == [2018]


@pytest.mark.parametrize(("reply", "noted"), [("2016", False), ("12", False), ("hello, can I apply?", True)])
def test_only_words_of_another_language_get_the_chinese_note(deps, reply, noted):
    """A bare year or count answers the question asked; only a message in words of another language is told that the
    assistant answers in Chinese."""
    _, answers = _talk(deps, "我在钱塘一家公司写上位机软件，第四届数字工匠能报吗", reply)
    assert ("本助手用中文回答" in answers[-1].text) is noted


@pytest.mark.parametrize("text", ["我爸在余杭开了三十年的铣床，六二年的，去年退了又被厂里返聘回来，还在车间干，首席技师他能报吗",
                                  "我师傅在萧山干了二十五年钳工，前年退休，今年又被单位请回来带徒弟，浙派工匠他能报吗"])
def test_taken_back_on_after_retiring_is_no_coming_to_hangzhou(deps, text):
    """"又被厂里返聘回来" is a rehire, not a start in Hangzhou last year: no contradiction with the thirty years."""
    session, answers = _talk(deps, text)
    assert session.profile.get("rehired") is True and "对不上" not in answers[-1].text, answers[-1].text
