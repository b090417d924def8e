"""The chat's 逐条核对 under 可直接认定: an alternative the first place makes unnecessary is marked as spared, not
"？ 未提供主要业绩"."""

from __future__ import annotations

import datetime as dt

from assistant.chat.case.brief import DETAILS_OPEN
from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from assistant.eligibility.model import UNNEEDED_MARK, UNNEEDED_NOTE
from tests.chat_support import KeywordRetriever


def test_spared_alternatives_are_marked_in_the_details():
    deps = make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))
    session = Session()
    for message in ("去年全国数字经济行业职业技能竞赛数据安全赛项我拿了个人第一，杭州数字工匠第四届咋弄",
                    "在杭州全职两年多了，钱塘的一家民企", "工会会员，一线技术岗，普通员工，没评过任何称号"):
        answer = respond(session, message, deps)
    assert [v.verdict for v in answer.verdicts] == ["direct_recognition"], answer.text
    details = answer.text.split(DETAILS_OPEN, 1)[1]
    spared = [line for line in details.splitlines() if "标准化建设" in line]
    assert spared and all(line.startswith(f"- {UNNEEDED_MARK}") and UNNEEDED_NOTE in line for line in spared), spared
    assert "- ？ 未提供主要业绩" not in details
