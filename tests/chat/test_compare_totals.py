"""A total asked of two programmes ("一共认定多少人"): a recommending body's quota ("各区县(市)总工会推荐不超过 4 名")
is no total, so a notice giving only quotas is said to be silent on it (chat/comparison/compare.py)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.comparison.compare import _asks_total, _gives_total
from assistant.chat.rules.answer_types import classify
from assistant.chat.turn import respond


@pytest.mark.parametrize(("text", "total"), [
    ("第四届数字工匠和首席技师一共认定多少人", True),
    ("两届数字工匠总共评几个人", True),
    ("第四届数字工匠和首席技师每个区县能推几个", False),
    ("首届数字工匠和浙派工匠，产业工会一共能推几个", False),
    ("第四届数字工匠和首席技师认定多少人", False),
])
def test_a_total_asked(text, total):
    assert _asks_total(text) is total


def test_a_quota_is_no_total_but_a_sentence_stating_one_is():
    asked = classify("一共认定多少人")
    assert not _gives_total("各区县(市)总工会推荐不超过 4 名,其中数字经济相对领先的滨江区、西湖区、余杭区可推荐不超过 6 名。", asked)
    assert not _gives_total("获得世界技能大赛和国家级技能大赛的前3名，省技能大赛的第1名。", asked)
    assert _gives_total("今年我市将认定 20 名杭州市首席技师。各区、县（市）人力社保部门推荐名额一般分别不超过 4 人", asked)
    assert _gives_total("每 5年评选一次，每次评选突出贡献浙派工匠 50名，培育突出贡献单位 30个。", asked)


def test_the_side_with_quotas_only_is_silent_on_the_total(deps):
    answer = respond(Session(), "第四届数字工匠和首席技师一共认定多少人", deps)
    assert "【第四届杭州数字工匠】通知没有写明" in answer.text, answer.text
    assert [c.clause_id for c in answer.citations] == ["hz_chief_technician_2021#四"], answer.text


@pytest.mark.parametrize(("question", "silent"), [
    ("首届数字工匠和浙派工匠，产业工会能推几个", "【突出贡献浙派工匠】通知没有写明"),
    ("第四届数字工匠和浙派工匠，每个区县能推几个", "【突出贡献浙派工匠】通知没有写明"),
])
def test_a_quota_asked_is_no_total_and_no_duration(deps, question, silent):
    """A body's quota asked: 浙派's 每次评选…50名 (a total) and 5年以上 (a duration) set none."""
    answer = respond(Session(), question, deps)
    assert silent in answer.text, answer.text
    assert not any(c.clause_id.startswith("zj_craftsman_2023") for c in answer.citations), answer.text


def test_each_programme_total_is_no_quota(deps):
    answer = respond(Session(), "杭州工匠和浙派工匠各评多少人", deps)
    cited = {c.clause_id for c in answer.citations}
    assert {"hz_craftsman_2016#二", "zj_craftsman_2023#一"} <= cited, answer.text
