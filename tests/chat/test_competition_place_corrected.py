""""记错了 那次我是第二 第一是我徒弟": the asker's place said again after a correction word replaces the place told
before, though the same breath names someone else's place (which fixes nothing of the asker's) and a place said
without 名 closes its clause."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.turn import make_deps
from tests.chat_support import KeywordRetriever, talk


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))


@pytest.mark.parametrize("fix, rank", [("记错了 那次我是第二 第一是我徒弟", 2), ("说错了，我是第三名", 3),
                                       ("不对，那次比赛我拿的是第二名", 2)])
def test_the_askers_place_corrected(deps, fix, rank):
    session, answers = talk(deps, "首席技师 我是西湖边一家酒店的中餐厨师 中式烹调师技师 19年杭州市一类职业技能竞赛中式烹调拿了第一",
                            "省首席没评过", fix)
    results = session.profile["competition_results"]
    assert [r["rank"] for r in results] == [rank], results
    assert answers[-1].verdicts[0].verdict != "eligible"
