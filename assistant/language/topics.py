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


@functools.cache
def _pattern_past_one() -> re.Pattern[str]:
    """An echoed or marked topic, one clause that does not answer it, and a negated clause after that ("工会？我们厂小，
    压根没成立过"): the clause between gives a reason or a circumstance, the negation answers the topic."""
    table = _table()
    nouns = "|".join(sorted(map(re.escape, table["nouns"]), key=len, reverse=True))
    return re.compile(rf"(?:(?<=^)|(?<={_END}))(?P<noun>{table['modifiers']}(?:{nouns}){table['suffixes']})"
                      rf"(?P<sep>{table['marks']}[，,]|{table['marks']}?[？?]+)(?P<between>[^，,。；;！!？?\n]{{1,12}})[，,]"
                      rf"(?P<answer>[^，,。；;！!？?\n]+)"), re.compile(nouns)


def _fold_past_one(m: re.Match) -> str:
    _, nouns = _pattern_past_one()
    between, answer = m["between"], m["answer"]
    if nouns.search(between) or nouns.search(answer) or negated(between) or not _opens().match(answer) \
            or not negated(answer):
        return m.group()  # the clause between answers it itself, or the negation has an object of its own
    return f"{m['noun']}{m['sep']}{between}，{m['noun']}{answer}"


@functools.cache
def _pattern_led() -> re.Pattern[str]:
    """A topic brought up by a verb of saying (要说有啥拿得出手的, 说到奖, 至于荣誉; negation.json's topic_lead), then an
    answer clause."""
    lead = data_json("negation.json")["topic_lead"].lstrip("^")
    return re.compile(rf"(?:(?<=^)|(?<={_END}))(?:{lead})(?P<topic>[^，,。；;！!？?\n]{{1,12}}?)(?:的话|嘛|呢|吧)?[，,]"
                      rf"(?P<answer>[^，,。；;！!？?\n]+)")


def _fold_led(m: re.Match) -> str:
    topic, answer = m["topic"], m["answer"]
    if re.search(r"[了过着]|[0-9]", topic) or not _opens().match(answer) or not negated(answer):
        return m.group()
    return f"{topic}{answer}"  # "要说有啥拿得出手的，真没有" -> "拿得出手的真没有": the denial's object is the topic


def fold_topics(text: str) -> str:
    """``text`` with each echoed or marked checklist topic joined to the answer after it, the answer right after it
    or, past one clause that does not answer it, a negated clause; and a topic brought up (要说…, 说到…) joined to
    the denial after it."""
    text = _pattern_led().sub(_fold_led, text)
    text = _pattern().sub(_fold, text)
    return _pattern_past_one()[0].sub(_fold_past_one, text)
