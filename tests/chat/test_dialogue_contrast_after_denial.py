"""A denial of some kinds of achievement followed, in the next sentence, by a contrast that tells a deed ("…没搞过。
不过我自己琢磨出一套…手法") is a partial denial: the achievements are not recorded as none (dlg-h007 went right only
while "带的徒弟" was misread as a deed)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond
from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)
_DENIED_THEN_DONE = ["技术革新没搞过，带的徒弟也没出去比过赛。不过我自己琢磨出一套三角钢琴快速整调的手法",
                     "专利没申请过。但是我自己改进过一个换模的夹具，换型快了一半",
                     "标准没参与过。可是我带头做了车间的数字化改造"]


@pytest.mark.parametrize("text", _DENIED_THEN_DONE)
def test_the_extractor_does_not_read_none(text):
    assert extract(text, TODAY).profile.get("achievements") != []


@pytest.mark.parametrize("text", _DENIED_THEN_DONE)
def test_the_talk_does_not_record_none(deps, text):
    session = Session()
    respond(session, "我是技师，在杭州一线干了12年，想报2021年那届首席技师，浙江省首席技师没评过", deps)
    respond(session, text, deps)
    assert session.profile.get("achievements") != []


def test_a_new_sentence_without_contrast_still_bounds_the_denial():
    # the denial names innovation and patents, kept as said; the years after it add no deed
    assert extract("技术革新没搞过，专利也没有。我在杭州干了十年", TODAY).profile.get("achievements") == [
        "技术革新没搞过", "专利也没有"]
