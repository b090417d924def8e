"""A way of coming forward said barred or open (self_apply.channel_premise): settled by the recommendation clause's
sentence naming that way, not by the hand-in channel check."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.self_apply import channel_premise, ways_said
from assistant.chat.turn import respond

ROOT = Path(__file__).resolve().parents[2]
C16, CT, ZJ = "hz_craftsman_2016", "hz_chief_technician_2021", "zj_craftsman_2023"


@pytest.fixture(scope="module")
def corpus():
    from assistant.notices.tree import load_corpus

    return load_corpus(ROOT / "corpus")


def test_what_is_said_of_a_way_is_read_in_its_own_clause():
    assert ways_said("首届杭州工匠只能单位推 协会推不了是吧") == [("社团推荐", True, True)]
    assert ways_said("杭州工匠个人也可以自己在网上自荐报名的吧") == [("个人自荐", False, True)]
    assert ways_said("首届杭州工匠个人不能自己报名，只能单位推，那我怎么让单位推我") == [("个人自荐", True, False)]


def test_an_ask_a_quota_or_another_subject_says_nothing_of_a_way():
    assert ways_said("杭州工匠个人能不能自荐") == []  # 能不能 asks; its 不能 bars nothing
    assert ways_said("首席技师各类协会能推4个人吧") == []  # the quota is the premise
    assert ways_said("我们师徒俩一起搞的技术革新，首席技师那条重大技术革新能两个人都拿来报吗") == []  # 两个人
    assert ways_said("我师傅今年57了，他自己说年纪超了报不了") == []  # his age bars him, not a way


def test_a_way_said_barred_is_corrected_with_the_sentence_naming_it(corpus):
    line, (cid, sentence) = channel_premise(corpus, C16, "学会、协会这种社团插不上手的，对吧？")
    assert line.startswith("不对") and cid == f"{C16}#四/(二)" and "社会团体可申报推荐" in sentence
    line, (cid, _) = channel_premise(corpus, C16, "首届杭州工匠个人不能自己报名，只能单位推，那我怎么让单位推我")
    assert line.startswith("不对") and cid == f"{C16}#四/(四)"
    # no heading names the associations in 首席技师: the clause highest up, not the step where they assess
    _, (cid, sentence) = channel_premise(corpus, CT, "首席技师只能由区里人社局推荐吧，协会推不了的吧")
    assert cid == f"{CT}#三" and "行业协会负责进行" in sentence


def test_a_way_said_open_is_agreed_only_when_listed_and_asked_to_be_told_so(corpus):
    line, (cid, _) = channel_premise(corpus, C16, "杭州工匠个人也可以自己在网上自荐报名的吧")
    assert line.startswith("是的") and cid == f"{C16}#四/(四)"
    assert channel_premise(corpus, C16, "我知道首届杭州工匠可以个人自荐，那网上自荐是走哪个网站？") is None
    assert channel_premise(corpus, CT, "首席技师个人也可以直接自荐的吧") is None  # 自荐 to the unit is no way listed
    assert channel_premise(corpus, ZJ, "浙派工匠协会推不了吧") is None  # a way the notice does not name


def test_asked_as_a_new_user_the_way_leads_cited(deps):
    answer = respond(Session(), "杭州工匠个人也可以自己在网上自荐报名的吧", deps)
    assert answer.text.startswith("是的，通知写了个人自荐这条路")
    assert [c.clause_id for c in answer.citations] == [f"{C16}#四/(四)"]
    answer = respond(Session(), "首届杭州工匠只能单位推 协会推不了是吧", deps)
    assert answer.text.startswith("不对") and f"{C16}#四/(二)" in {c.clause_id for c in answer.citations}
