"""A document number or a named document's year asserted in a premise is its own slot: checked against the
notice's numbers, never read as a day of a month or a count.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_doc_numbers.py
"""

from __future__ import annotations

import pytest

from assistant.chat.premise import claims, correction
from assistant.chat.premise.doc_numbers import doc_correction, doc_numbers

HEADER = "杭人社发〔2021〕69号"
CITED = ("根据《市委办公厅市政府办公厅关于印发〈杭州市首席技师评选管理办法〉的通知》（市委办发〔2008〕153号）和《市委办公厅"
         "市政府办公厅关于服务“六大行动”打造人才生态最优城市的意见》（市委办发〔2019〕41号）等文件精神")


@pytest.mark.parametrize("text, said", [
    ("首席技师的文件是杭人社发〔2021〕96号吧", "杭人社发〔2021〕96号"),
    ("文号是杭总工[2026]12号对吧", "杭总工[2026]12号"),
    ("是杭总工2026年12号文吧", "杭总工2026年12号"),
])
def test_a_document_number_is_read_with_its_issuer(text, said):
    assert [d.said for d in doc_numbers(text)] == [said]


@pytest.mark.parametrize("question, quote, start", [
    ("首席技师的文件是杭人社发〔2021〕96号吧？", HEADER, "不对，通知的文号是“杭人社发〔2021〕69号”，不是“杭人社发〔2021〕96号”"),
    ("首席技师的文号是杭人社发〔2021〕69号没错吧", HEADER, "是的"),
    ("首席技师是按2019年出的那个《首席技师评选管理办法》来评的吧？", CITED, "不对，通知引用的《首席技师评选管理办法》是市委办发〔2008〕153号"),
])
def test_a_document_premise_is_checked_against_the_notices_numbers(question, quote, start):
    assert (doc_correction(question, quote) or "").startswith(start)
    assert (correction(question, quote) or "").startswith(start)


def test_a_document_number_is_no_day():
    assert not (correction("首席技师的文件是杭人社发〔2021〕96号吧", "2021 年 6 月 21 日") or "").startswith("不对，通知写的不是96")


@pytest.mark.parametrize("question", ["第四届数字工匠是市人社局一家发的通知吧", "名单是市总工会一家审定的吧"])
def test_a_body_acting_alone_is_no_count(question):
    assert claims(question) == []


def test_units_counted_in_jia_are_still_counts():
    assert claims("培育单位每次评30家对吧") == [(30.0, "名")]


@pytest.mark.parametrize("question, clause, start", [
    ("首席技师的文件是杭人社发〔2021〕96号吧？", "hz_chief_technician_2021#前言", "不对，通知的文号是“杭人社发〔2021〕69号”"),
    ("首席技师是按2019年出的那个《首席技师评选管理办法》来评的吧？", "hz_chief_technician_2021#前言", "不对，通知引用的"),
])
def test_a_turn_finds_the_number_in_the_notice(deps, question, clause, start):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), question, deps)
    assert answer.text.startswith(start), answer.text
    assert any(c.clause_id == clause for c in answer.citations), answer.text
