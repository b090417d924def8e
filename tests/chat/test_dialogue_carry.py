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
