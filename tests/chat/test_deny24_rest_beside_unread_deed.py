"""deny24: "其他都没有" presupposes something told. When the deed an earlier message told was not read by the extractor
(这几年带着车间上了MES 纸质报工全换掉了), the denial of the rest is kept beside it and the verdict stays with the review;
with nothing done told before, the same reply closes every alternative."""

from __future__ import annotations

import pytest

from tests.chat_support import talk

ZJ = "zj_craftsman_2023"
OPENING = "浙派工匠能报吗 高级技师 宁波一家模具厂一线钳工十七年 在岗"


def _verdict(answer):
    return next(v.verdict for v in answer.verdicts if v.program == ZJ)


def test_rest_denied_beside_an_earlier_unread_deed_stays_review(deps):
    session, answers = talk(deps, OPENING + " 这几年带着车间上了MES 纸质报工全换掉了", "其他都没有")
    assert _verdict(answers[-1]) == "needs_review"
    assert any("MES" in a for a in session.profile["achievements"])


def test_rest_denied_with_nothing_told_before_closes_every_alternative(deps):
    _, answers = talk(deps, OPENING, "其他都没有")
    assert _verdict(answers[-1]) == "not_eligible"


@pytest.mark.parametrize(("said", "deed"), [
    ("浙派工匠能报吗 高级技师 宁波一家模具厂一线钳工十七年 在岗 这几年带着车间上了MES 纸质报工全换掉了", "MES"),
    ("首届数字工匠那次 我2014年起在杭州做后端开发 全职 会员 技术岗 公司的接口规范是我定的", "接口规范"),  # 公司: employed, inferred
    ("21年首席技师 我高级技师 在萧山一家轴承厂一线磨工十五年", None),
    ("第四届数字工匠 在滨江做分布式存储开发八年 杭州全职 工会会员 技术岗 帮我看看", None),
])
def test_an_earlier_messages_unread_deed(said, deed):
    import datetime as dt

    from assistant.chat.case.pending_answers import _unread_deed

    got = _unread_deed(said, dt.date(2026, 11, 21))
    assert (deed in got) if deed else got == ""


def test_the_look_back_reads_each_messages_unread_clauses_from_a_cache_not_the_session(deps, monkeypatch):
    # a message's clauses are extracted once per (message, day), kept in an LRU (refac23: no longer in the saved
    # session, which stops growing), and read from there by every later bare denial of the rest
    import pickle

    import assistant.extract as extract_module

    said = OPENING + " 这几年带着车间上了MES 纸质报工全换掉了"
    session, _ = talk(deps, said, "其他都没有")
    assert "unread" not in vars(session)
    assert "unread" not in vars(pickle.loads(pickle.dumps(session)))
    calls = []
    real = extract_module.extract
    monkeypatch.setattr(extract_module, "extract", lambda text, *a, **k: calls.append(text) or real(text, *a, **k))
    from assistant.chat.case.pending_answers import _unread_deed

    assert "MES" in _unread_deed(said, deps.today)
    assert calls == []


def test_a_session_saved_with_the_old_field_still_loads():
    import pickle

    from assistant.chat.case.state import Session

    old = Session()
    old.profile["union_member"] = True
    old.__dict__["unread"] = {"我是会员": [["我是会员", False]]}  # what a round-twenty-two session carried
    loaded = pickle.loads(pickle.dumps(old))
    assert loaded.profile == {"union_member": True} and "unread" not in vars(loaded)


@pytest.mark.parametrize(("reply", "bare"), [("其他都没有", True), ("别的就没啥了", True), ("除此之外没有了", True),
                                             ("别的也没有 标准革新都没搞过 徒弟也没带过", False), ("别的还行", False)])
def test_only_a_bare_denial_of_the_rest_looks_back(reply, bare):
    from assistant.chat.case.pending_answers import _bare_rest_no

    assert _bare_rest_no(reply) is bare
