"""What the dialogue state carries from one turn to the next: the direct-recognition framing while the topic holds,
a note said once, year counts said in separate turns, a bare count given to the question pending, "不是，…"
corrections, and the post type of a job that is plainly front-line work."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.brief import first_screen
from assistant.chat.state import Session
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)
_DIRECT_LINE = "直接认定"


@pytest.fixture(scope="module")
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


def _talk(deps, *turns: str):
    session = Session()
    answers = [respond(session, t, deps) for t in turns]
    return session, answers


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
    assert "is_highest_level_of_occupation" not in session.profile  # the asker's own highest, not the trade's top
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
