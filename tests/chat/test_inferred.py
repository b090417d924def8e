"""Employment inferred from a present-tense description of work (extract.jobs): the first question is no longer
the employment status, the answer says what was inferred, and a status said later replaces it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.brief import first_screen
from assistant.chat.case.state import Session
from assistant.chat.turn import respond

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我在西湖区做大数据开发，1990年出生，干了8年，能报第四届数字工匠吗",
                                  "在滨江做云计算运维8年了，第四届数字工匠能报吗",
                                  "我是做直播电商运营的，在杭州干了6年，第四届数字工匠能报吗",
                                  "在杭州一家民企当测试，第四届数字工匠能报吗"])
def test_a_described_job_is_not_asked_for_its_status_and_the_answer_says_so(deps, text):
    session = Session()
    answer = respond(session, text, deps)
    screen = first_screen(answer.text)
    assert "未提供用工/任职情况" not in screen
    assert not [q for q in answer.questions if q.get("field") == "employment"]
    assert session.profile["employment"] == "full_time" and session.sources["employment"] == "inferred"
    note = next(n for n in answer.verdicts[0].notes if n.rule == "inferred_employment")
    assert note.message in screen and "兼职" in note.message and note.quote


@pytest.mark.parametrize("correction, employment", [("我是兼职的", "part_time"), ("其实我已经退休了，是返聘的", "retired"),
                                                     ("我是自由职业", "freelance")])
def test_a_status_said_later_replaces_the_inference(deps, correction, employment):
    session = Session()
    respond(session, "在滨江做云计算运维8年了，第四届数字工匠能报吗", deps)
    answer = respond(session, correction, deps)
    assert session.profile["employment"] == employment and session.sources["employment"] != "inferred"
    assert not [n for n in answer.verdicts[0].notes if n.rule == "inferred_employment"]
    assert "union_member" not in session.profile  # the 是 of "我是兼职的" is no yes to the union question


def test_a_status_said_is_not_replaced_by_a_later_description(deps):
    session = Session()
    respond(session, "我是兼职的，第四届数字工匠能报吗", deps)
    respond(session, "在滨江做云计算运维8年了", deps)
    assert session.profile["employment"] == "part_time"


def test_a_status_said_outright_gets_no_inference_note(deps):
    answer = respond(Session(), "我在杭州一家民企全职做大数据开发，第四届数字工匠能报吗", deps)
    assert not [n for n in answer.verdicts[0].notes if n.rule == "inferred_employment"]
