"""A checklist item echoed as a topic before its answer: "工会？没加过", "荣誉嘛，没有", "比赛的话从没参加过".

An applicant going down what the notices ask often names the item first, as a question back or a topic, and answers
it after: the answer is about the item. Read clause by clause the item is a question (or a supposition, 的话) and the
answer a verb with no object, so neither says anything. ``fold_topics`` writes the pair as the one clause it means
("工会没加过"), or as a form's field answered none ("工会：没有") where the answer is a bare negation, so every reader
reads it. Only the class of field nouns (``data/field_nouns.json``) folds, and only when marked as a topic (嘛, 的话,
这块 …) or echoed with a question mark: a bare noun before a comma is a short answer of its own ("会员，没评过什么"
says a yes, then a no). A negated answer folds after either; a yes ("徒弟？带过三个") only after the echo.
"""

from __future__ import annotations

import functools
import re

from assistant.language.clauses import negated
from assistant.language.datafiles import data_json

__all__ = ["fold_topics"]

_END = r"[，,。；;！!？?\n]"


@functools.cache
def _table() -> dict:
    return data_json("field_nouns.json")


@functools.cache
def _pattern() -> re.Pattern[str]:
    table = _table()
    nouns = "|".join(sorted(map(re.escape, table["nouns"]), key=len, reverse=True))
    return re.compile(rf"(?:(?<=^)|(?<={_END}))(?P<noun>{table['named']}|{table['modifiers']}(?:{nouns}){table['suffixes']})"
                      rf"(?P<mark>{table['marks']})?(?P<sep>[？?]+|[，,]|——|—|－－|--|[：:])?(?P<answer>[^，,。；;！!？?\n]+)")


@functools.cache
def _opens() -> re.Pattern[str]:
    """How a negated answer opens (the language layer's topic_denial_opens, and 基本/几乎: "基本没有")."""
    return re.compile(data_json("negation.json")["topic_denial_opens"].replace("(?:也|都|还|", "(?:基本上?|几乎|也|都|还|", 1))


_LEVEL_WORD = re.compile(r"[一二三四五]级|初级|中级|高级")


def _fold(m: re.Match) -> str:
    table = _table()
    marked, echoed = bool(m["mark"]), bool(m["sep"]) and m["sep"][0] in "？?"
    answer = m["answer"]
    # "等级——三级", "工会：没入": a form's field and its answer, set apart by a dash or a colon
    formed = bool(m["sep"]) and m["sep"][0] in "—－-：:"
    if re.match(table["level_nouns"], m["noun"]) and re.match(table["level_answer"], answer):
        # "技能等级嘛，五级", "证书，中级的": only a level after the certificate is that certificate's level, said as
        # the skill reader reads a certificate's grade
        return "等级证书是" + _LEVEL_WORD.search(answer).group()
    if re.match(table["bare_yes"], answer) and (m["sep"] or marked) and not m["noun"].endswith("会员"):
        # "工会，有的", "称号嘛，有的": a bare yes answers the item even after a bare noun, as a list of items is
        # answered ("称号嘛，没有；工会，有的"); after 会员 the noun is the answer itself ("会员，没评过什么")
        return m["noun"] + answer
    if not (marked or echoed or formed):
        return m.group()
    if re.match(table["empty_answer"], answer):
        return m["noun"] + "：没有"  # "荣誉这块是空白": the item said empty, answered none
    if _opens().match(answer) and negated(answer):
        bare = re.match(table["bare_answer"], answer)
        return m["noun"] + "：没有" if bare else m["noun"] + answer  # "工会？没有": answered none, as a form writes it
    if echoed and re.match(table["yes_answer"], answer) and not re.search(table["fact_asked"], answer):
        return m["noun"] + answer  # "徒弟？带过三个"
    return m.group()


def fold_topics(text: str) -> str:
    """``text`` with each echoed or marked checklist topic joined to the answer after it."""
    return _pattern().sub(_fold, text)
