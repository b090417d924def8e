"""Not knowing said with a degree word ("不是很清楚", "不大确定", "不怎么了解") is neither yes nor no: its 不是 is no
"no" to the union question, and the question stays open."""

from __future__ import annotations

import pytest

from assistant.chat.case.replies import not_known
from assistant.chat.case.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize("text", ["不是很清楚", "不是很确定", "不大清楚", "不是太清楚", "不怎么了解", "说不准", "没印象了"])
def test_the_family_of_not_knowing(text):
    assert not_known(text)


@pytest.mark.parametrize("text", ["不是", "不是会员", "没有", "肯定不是", "没入"])
def test_a_no_is_known(text):
    assert not not_known(text)


@pytest.mark.parametrize("reply", ["不是很清楚，可能是", "不大清楚"])
def test_the_union_stays_open(deps, reply):
    session = Session()
    respond(session, "首届杭州工匠，我在杭州做锅炉焊工，一线，中国人，1972年生", deps)
    assert session.pending is not None and session.pending.field == "union_member"
    respond(session, reply, deps)
    assert "union_member" not in session.profile
