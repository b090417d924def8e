"""A premise among several asks is answered first, as a message of its own, then the other asks
(chat/premise/first.py)."""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.chat.premise.first import ALSO_ASKED, premise_first
from assistant.chat.routing import Route
from assistant.chat.turn import respond

STATUS = "（本轮申报已结束。）"
R = Route(intents=("qa",), programs=("hz_chief_technician_2021",), defaulted=False, injection=False, confirm=True)


def _fake(table: dict[str, str]):
    def answer(q, r, cites):
        if cites is not None:
            cites.mark("hz_chief_technician_2021#二", "…")
        return table.get(q, "根据通知原文，……[1]\n" + STATUS)
    return answer


def test_the_premise_alone_leads_when_the_whole_does_not():
    one = _fake({"首席技师要党员才能报吧？": "不对，通知没有明确提到党员。\n· 二“政治素质好”[1]\n" + STATUS,
                 "另外材料交到哪里？": "根据通知原文，“报市人力社保局。”[2]\n" + STATUS})
    whole = _fake({})
    text = premise_first("首席技师要党员才能报吧？另外材料交到哪里？", R, None, one, whole)
    lines = text.split("\n")
    assert lines[0].startswith("不对") and ALSO_ASKED.format(asks="另外材料交到哪里？") in lines
    assert "报市人力社保局" in text and lines[-1] == STATUS and text.count(STATUS) == 1, text


def test_the_parts_answer_stays_when_it_leads_with_the_same_verdict():
    verdict = "不对，通知写的是省人力社保厅评审，不是省总工会：见下面的原文。"
    one = _fake({"浙派工匠是省总工会评的吧？": verdict + "\n…"})
    whole = _fake({"浙派工匠是省总工会评的吧？评上了奖金有多少": verdict + "\n您问了两件事，分别回答：…"})
    # the parts answer is given as it is (no later check of the whole message as one ask takes its place)
    said = premise_first("浙派工匠是省总工会评的吧？评上了奖金有多少", R, None, one, whole)
    assert said == verdict + "\n您问了两件事，分别回答：…"


def test_a_message_the_notices_do_not_answer_stays_a_refusal():
    one = _fake({"证明人是不是得单位领导来当？": "不对，不能。…"})
    refused = lambda q, r, cites: "这五份通知里没有涉及这个问题，我不能凭猜测回答。"  # noqa: E731 - cites nothing
    assert premise_first("证明人是不是得单位领导来当？我师傅已经退休了，写他行不行？", R, None, one, refused) is None


def test_no_verdict_on_the_premise_alone_leaves_the_message_as_it_was():
    assert premise_first("首席技师要党员才能报吧？另外材料交到哪里？", R, None, _fake({}), _fake({})) is None


def test_one_ask_is_no_case_for_it():
    assert premise_first("首席技师要党员才能报吧", R, None, _fake({}), _fake({})) is None


def test_a_condition_premise_beside_a_second_ask_answers_both(deps):
    """premise_on_conditions reads the whole message and answered the premise only; the other ask was dropped."""
    text = respond(Session(), "首席技师要党员才能报吧？另外材料交到哪里？", deps).text
    assert text.startswith("不对") and "党员" in text.splitlines()[0], text
    assert "您还问了" in text and "报市人力社保局" in text, text
