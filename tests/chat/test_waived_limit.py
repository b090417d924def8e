"""A limit of years or age said to hold still for a condition whose own sentence waives it is corrected from that
sentence, wherever it is in the notice (chat/premise/waived_limit.py, chat/premise/notice_premise.py)."""

from __future__ import annotations

import pytest

from assistant.chat.premise.waived_limit import waived_premise
from assistant.notices.tree import load_corpus


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.mark.parametrize(("program", "question", "clause"), [
    ("hz_craftsman_2016", "杭州工匠获得世界技能大赛前3名的也要干满10年吧", "hz_craftsman_2016#三/(二)/4"),
    ("hz_digital_craftsman_2026", "第四届数字工匠拿过省级科技奖的也得干满5年吧", "hz_digital_craftsman_2026#二/(三)"),
    ("hz_digital_craftsman_2023", "首届数字工匠有国家级等级资质证书的还得干满5年吧", "hz_digital_craftsman_2023#二/3"),
])
def test_a_waived_limit_said_to_hold_is_corrected(corpus, program, question, clause):
    found = waived_premise(corpus, program, question)
    assert found is not None and found[0].startswith("不对") and found[1][0] == clause, found
    assert "不受" in found[1][1]


@pytest.mark.parametrize(("program", "question"), [
    ("hz_craftsman_2016", "杭州工匠要干满10年吧"),  # no condition said to be waived
    ("hz_digital_craftsman_2026", "第四届数字工匠一线的也要干满5年吧"),  # a condition no sentence waives
    ("hz_craftsman_2016", "杭州工匠获得世界技能大赛前3名的就不用管年限了吧"),  # the waiver itself, no limit held
])
def test_no_waiver_premise(corpus, program, question):
    assert waived_premise(corpus, program, question) is None
