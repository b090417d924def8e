"""A question about the rules leans on the talk: the programme in focus, and the last question asked."""

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.routing import route
from assistant.chat.rules.follow_up import in_context
from assistant.chat.turn import make_deps, respond


@pytest.fixture(scope="module")
def deps(real_retriever):
    return make_deps(retriever=real_retriever, today=dt.date(2026, 11, 21))


def _name(p):
    return {"hz_digital_craftsman_2026": "第四届杭州数字工匠", "zj_craftsman_2023": "突出贡献浙派工匠"}.get(p, p)


def test_a_bare_that_and_a_programme_hands_the_last_question_on():
    for said in ("那浙派工匠呢", "换成突出贡献浙派工匠的话呢？", "浙派工匠也一样吗"):
        question, r, note = in_context(said, route(said), ("hz_digital_craftsman_2026",), "第四届数字工匠公示几天",
                                       True, _name)
        assert r.programs == ("zj_craftsman_2023",) and "公示几天" in question and "数字工匠" not in question, said
        assert "上一个问题" in note


def test_a_new_question_naming_a_programme_is_its_own():
    said = "浙派工匠推荐名额怎么分"
    question, r, note = in_context(said, route(said), ("hz_digital_craftsman_2026",), "第四届公示几天", True, _name)
    assert question == said and note == "" and r.programs == ("zj_craftsman_2023",)


def test_nothing_to_hand_on_without_a_last_question():
    said = "那浙派工匠呢"
    question, _, note = in_context(said, route(said), (), None, True, _name)
    assert question == said and note == ""


def test_a_question_naming_no_programme_is_about_the_one_in_focus():
    for said in ("推荐表主要事迹要写多少字", "材料啥时候交", "公示几天"):
        _, r, _ = in_context(said, route(said), ("zj_craftsman_2023",), None, True, _name)
        assert r.programs == ("zj_craftsman_2023",), said
        _, fresh, _ = in_context(said, route(said), ("zj_craftsman_2023",), None, False, _name)
        assert fresh.programs == route(said).programs  # a first message has no talk to lean on


def test_in_a_conversation(deps):
    session = Session()
    respond(session, "我们单位想推荐人报浙派工匠，单位里要公示几天？", deps)
    answer = respond(session, "推荐表主要事迹要写多少字", deps)
    assert "突出贡献浙派工匠" in answer.text.splitlines()[0] and "第四届" not in answer.text.splitlines()[0], answer.text
    session = Session()
    respond(session, "第四届数字工匠的申报截止日是哪天", deps)
    answer = respond(session, "那首席技师呢", deps)
    assert "这五份通知里没有涉及" not in answer.text and "hz_chief_technician_2021" in str(answer.citations), answer.text
