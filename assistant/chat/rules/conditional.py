"""The case a question is asked in, said as a conditional clause, and the question itself.

"首席技师评上以后要是跳槽到别的厂，称号还算数不？" asks whether the title still counts (称号还算数不) in the case of
changing employer (要是跳槽到别的厂). The case is not what is asked: its words are no thing the notice must hold
(要是 read as the yes/no word 要 made it "是否需要是跳槽到别的厂"), its numbers are no premise ("万一材料里有一项是
假的"), and its own yes/no words are not the question's. The clause a marker opens (如果, 要是, 万一 … the table's
``[conditional]``) or 的话 closes is the case; the clauses after it are the question. Retrieval still reads the
whole message: the case is often the topic a rule is about ("评上后被查出造假的话会怎样" is answered by 撤销).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_conditional.py
"""

from __future__ import annotations

import functools
import re

from assistant.chat.rules.answer_table import table

__all__ = ["case_and_question", "is_case", "the_question"]

_STRETCH_END = re.compile(r"(?<=[，,。；;！!？?])")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, int]:
    rows = table()["conditional"]
    marker = re.compile(rf"^(?P<topic>[^，,。；;！!？?]{{0,{int(rows['topic_before'])}}}?)"
                        rf"(?:{rows['markers']}|(?<![\u4e00-\u9fff])(?:{rows['opening']}))(?!的话)")
    closing = re.compile(rf"{rows['closing']}")
    return marker, closing, int(rows["topic_before"])


def case_and_question(text: str) -> tuple[str, str]:
    """(the case, the question) of ``text``: the case is "" when no conditional clause sets one. The words said
    before the marker ("首席技师评上以后要是…") are the question's topic and stay with it."""
    marker, closing, _ = _patterns()
    stretches = [s for s in _STRETCH_END.split(text or "") if s.strip()]
    case: list[str] = []
    question: list[str] = []
    in_case = False  # the clause before was the case's: a clause going on with it before the question is too
    for i, stretch in enumerate(stretches):
        last = i == len(stretches) - 1
        opened = marker.match(stretch)
        closed = closing.search(stretch)
        if closed and (not last or closed.end() < len(stretch.rstrip("，,。；;！!？? "))):
            # "要是跳槽的话称号还算吗": 的话 closes the case inside the one clause; what follows is the question
            head, tail = stretch[:closed.end()], stretch[closed.end():]
            topic = opened.group("topic") if opened else ""
            case.append(head[len(topic):])
            rest = (topic + tail).strip("，, ")
            if rest:
                question.append(rest)
            in_case = not rest
            continue
        if (opened or in_case) and not last:
            # "假如我只干了三年，但拿过省科技奖，能报吗": the clause after the case goes on with it
            topic = opened.group("topic") if opened else ""
            case.append(stretch[len(topic):])
            if topic.strip():
                question.append(topic)
            in_case = True
            continue
        question.append(stretch)
        in_case = False
    if not case or not question:
        return "", text
    return "".join(case), _join(question)


def _join(parts: list[str]) -> str:
    """The question's pieces: a topic left before the case ("首席技师评上以后") joins the clause after it."""
    out = ""
    for part in parts:
        out += part if not out or re.search(r"[，,。；;！!？?]$", out) else f"，{part}"
    return out


def is_case(piece: str) -> bool:
    """Whether ``piece`` (one clause, no question mark) only sets a case: it opens with a conditional marker and any
    的话 closes it ("要是我们对哪个人选有意见，" asks nothing though 哪个 is a question word; "要是跳槽的话称号还算吗"
    goes on to ask)."""
    marker, closing, _ = _patterns()
    text = (piece or "").strip()
    if not marker.match(text) or text.endswith(("？", "?")):
        return False
    closed = closing.search(text)
    return not closed or closed.end() >= len(text.rstrip("，,；; "))


def the_question(text: str) -> str:
    """``text`` without the case a conditional clause sets."""
    return case_and_question(text)[1]
