"""A message that opens with a correction word corrects another fact; it is not a no to a yes/no question pending.
And a yes/no said again, naming its topic, replaces the earlier one. Found by trying the chat as a new user: to
"…您是工会会员吗？" the reply "不对，我是2019年才来的" recorded "不是工会会员", and a later "是会员" did not undo it."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond

_START = "我是2016年来杭州做大数据开发的，一直在一家公司，想报第四届数字工匠"


def _union_asked(deps) -> Session:
    session = Session()
    respond(session, _START, deps)
    assert "union_member" in session.pending.fields
    return session


@pytest.mark.parametrize("correction", ["不对，我是2019年才来的", "不是的，我2019年才来杭州", "记错了，2019年才来的杭州",
                                        "其实我是2019年来的杭州"])
def test_a_correction_of_another_fact_leaves_the_union_unanswered(deps, correction):
    session = _union_asked(deps)
    respond(session, correction, deps)
    assert session.profile.get("union_member") is None


@pytest.mark.parametrize("reply", ["不对，没入工会", "不是，不是会员"])
def test_a_correction_word_before_the_union_itself_still_answers_it(deps, reply):
    session = _union_asked(deps)
    respond(session, reply, deps)
    assert session.profile.get("union_member") is False


@pytest.mark.parametrize(("first", "again", "value"), [("不是会员", "哦不对，是会员，前几年入的", True),
                                                       ("不是会员", "是会员", True),
                                                       ("是会员", "其实我不是工会会员", False)])
def test_a_union_answer_said_again_replaces_the_earlier_one(deps, first, again, value):
    session = _union_asked(deps)
    respond(session, first, deps)
    assert session.profile.get("union_member") is (not value)
    respond(session, again, deps)
    assert session.profile.get("union_member") is value


_WIFE = "我老婆在上城区一家医院做信息科的 搞医院的数据平台 想问第四届数字工匠她能报吗"


@pytest.mark.parametrize("correction", ["不是 她是一五年才来杭州的 之前在宁波", "不 她一五年才到的杭州 前面在宁波"])
def test_a_bare_no_before_a_fact_told_earlier_corrects_that_fact(deps, correction):
    """"十一年" answered the years; "不是 她是一五年才来杭州的" puts the stay in Hangzhou right (found asking as a new
    user): the 不是 is no answer to the union question pending beside it."""
    session = Session()
    respond(session, _WIFE, deps)
    respond(session, "十一年", deps)
    assert "union_member" in session.pending.fields
    respond(session, correction, deps)
    assert session.profile.get("union_member") is None
    assert session.profile.get("hangzhou_full_time_start", "").startswith("2015")


@pytest.mark.parametrize("reply", ["不是 她们医院没有工会", "不是 没入过"])
def test_a_bare_no_with_its_reason_still_answers_the_union(deps, reply):
    session = Session()
    respond(session, _WIFE, deps)
    respond(session, "十一年", deps)
    respond(session, reply, deps)
    assert session.profile.get("union_member") is False
