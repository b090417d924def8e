"""A checklist item echoed as a topic before its answer: "工会？没加过", "荣誉嘛，没有", "比赛的话从没参加过".

An applicant going down what the notices ask often names the item first, as a question back or a topic, and answers
it after: the answer's negation is about the item. Read clause by clause the item is a question (or a supposition,
的话) and the answer a negation with no object, so neither says the absence. ``fold_topics`` writes the pair as
the one clause it means ("工会没加过"), or as a form's field answered none ("工会：没有") where the answer is a bare
negation, so every reader of a denial reads it. Only the class of field nouns (``data/field_nouns.json``) folds,
and only when marked as a topic (嘛, 的话, 这块 …) or echoed with a question mark: a bare noun before a comma is a
short answer of its own ("会员，没评过什么" says a yes, then a no).
"""

from __future__ import annotations

import functools
import re

from assistant.language.clauses import negated
from assistant.language.datafiles import data_json

__all__ = ["fold_topics"]

_END = r"[，,。；;！!？?\n]"


@functools.cache
def _pattern() -> re.Pattern[str]:
    table = data_json("field_nouns.json")
    nouns = "|".join(sorted(map(re.escape, table["nouns"]), key=len, reverse=True))
    return re.compile(rf"(?:(?<=^)|(?<={_END}))(?P<noun>{table['modifiers']}(?:{nouns}))(?P<mark>{table['marks']})?"
                      rf"(?P<sep>[？?]+|[，,])?(?=(?P<answer>[^，,。；;！!？?\n]+))")


@functools.cache
def _opens() -> re.Pattern[str]:
    return re.compile(data_json("negation.json")["topic_denial_opens"])


def _fold(m: re.Match) -> str:
    marked, echoed = bool(m["mark"]), bool(m["sep"]) and m["sep"][0] in "？?"
    answer = m["answer"]
    if not (marked or echoed) or not _opens().match(answer) or not negated(answer):
        return m.group()
    if re.match(data_json("field_nouns.json")["bare_answer"], answer):
        return m["noun"] + "："  # "工会？没有": the field answered none, as a form writes it
    return m["noun"]


def fold_topics(text: str) -> str:
    """``text`` with each echoed or marked checklist topic joined to the negated answer after it."""
    return _pattern().sub(_fold, text)
