"""The words that correct something said before ("不对，…", "记错了", "其实是…", "哦不"): one table
(``data/corrections.json``) of marker families, and the few forms the readers need of it.

The conversation (routing, corrections, competition details, drafting) and the extractor each chose a subset of
the same words; they now choose families of one table, so a word added to a family reaches every reader of it.
"""

from __future__ import annotations

import functools
import re

from assistant.language.datafiles import data_json, words_pattern

__all__ = ["CORRECTION", "corrects", "says_wrong", "self_corrects", "said_wrong_at", "only_correction",
           "denial_lead", "without_markers"]


@functools.cache
def _family(name: str, bare: bool = False) -> str:
    """One family as a regex alternation (no group). ``bare``: 错 said without the verb, for a clause that is
    nothing else ("错了"); inside a clause "填错了能改吗", "没错吧" say no correction."""
    table = data_json("corrections.json")
    if name == "said_wrong":
        said = table["said_wrong"]
        verbs = "".join(re.escape(v) for v in said["wrong_verbs"])
        return f"{words_pattern(said['words'])}|[{verbs}]{'?' if bare else ''}错"
    return words_pattern(table[name])


def _pattern(*families: str, bare: bool = False) -> str:
    return "|".join(_family(f, bare) for f in families)


# Any word of correction, hedges included: "不对，…", "记错了", "其实…", "应该是…" (the eligibility talk and the
# drafting talk take the message as putting right what was said)
CORRECTION = re.compile(_pattern("said_wrong", "amend", "restate", "hedge"))
# The words that say something said was wrong ("不对，其实是四年"), beside 其实/应该是, which may only hedge an answer
# ("错了，是2019年", said alone at a clause's start; "填错了能改吗" asks, "没错吧" confirms)
_SAYS_WRONG = re.compile(_pattern("said_wrong", "amend", "restate", "interjection") + r"|(?:^|(?<=[，,。！!\s]))错了")
# Within one message ("…不对，我记错了", "我算错了", "更正一下"): a clause putting right what the message said before it
_SELF = re.compile(_pattern("said_wrong", "amend"))
# "……不对，说错了，…": where a correction said after what it corrects begins (with the punctuation before it)
_SAID_WRONG_AT = re.compile(rf"[，,。…. ]*(?:{_pattern('said_wrong')})了?")
# "不对，是2015年入职": a clause that only says a correction follows
_ONLY = re.compile(rf"^(?:{_pattern('said_wrong', 'amend', bare=True)})了?(?:一下)?$")


@functools.cache
def _denial() -> re.Pattern:
    table = data_json("corrections.json")
    lead, particles = words_pattern(table["denial_lead"]), words_pattern(table["lead_particles"])
    return re.compile(rf"^(?:{lead})(?:{particles})?[，,。！!\s]+")


def corrects(text: str) -> bool:
    """Does ``text`` hold any word of correction, a hedge included ("其实是四年", "应该是2015年")?"""
    return bool(CORRECTION.search(text))


def says_wrong(text: str) -> bool:
    """Does ``text`` say something said was wrong ("不对", "口误", "哦不", "重新说"), not only hedge ("其实")?"""
    return bool(_SAYS_WRONG.search(text))


def self_corrects(clause: str) -> bool:
    """Does ``clause`` put right what was said before it in the same message ("不对，我记错了", "我算错了")?"""
    return bool(_SELF.search(clause))


def said_wrong_at(text: str) -> re.Match | None:
    """Where a correction said after what it corrects begins ("……不对，说错了，…"), the punctuation before it
    included; None when there is none."""
    return _SAID_WRONG_AT.search(text)


def only_correction(clause: str) -> bool:
    """Is ``clause`` nothing but a correction word ("不对", "说错了", "更正一下"): the fact follows it?"""
    return bool(_ONLY.match(clause))


def denial_lead(text: str) -> int:
    """The length of a denial leading ``text`` ("不是，最高是高级技师", "不对啊，单位在嘉兴"), the punctuation after it
    included; 0 when ``text`` does not start with one."""
    m = _denial().match(text)
    return m.end() if m else 0


def without_markers(text: str) -> str:
    """``text`` without its words of correction ("应该是2015年吧" -> "2015年吧")."""
    return CORRECTION.sub("", text)
