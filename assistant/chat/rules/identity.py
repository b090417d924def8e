"""What a thing the notice names *is* ("纪念品具体是什么东西", "数字专员是什么意思", "那个奖章是个啥玩意儿",
"认定范围是什么"): the notice answers only where it says what the thing is, not where it merely names it.

A notice describes a thing under a heading naming it (一、认定范围), or where the thing is followed by what it is
(是, 指, 包括, 涵盖, 即, 为, a colon or a parenthesis). Named only in passing ("颁发证书、奖牌、纪念品", "优先推荐本单位
数字专员"), the notice is silent on what it is, and the answer says so first, whatever words that sentence shares with
the question. A thing no sentence of the asked notice names is left to the ordinary answer (its silence there is the
thing's, chat/rules/things.py), and so is a value asked as "是什么" (a date, a count, a contact, a place, an amount: "截止
日期是什么"), a procedure or the papers, which their own types answer.

Run with:  python -c "from assistant.chat.rules.identity import identity_asked; print(identity_asked('纪念品是啥玩意儿'))"
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.chat.rules.answer_table import table

__all__ = ["Identity", "identity_asked", "identity_answer"]


@dataclass(frozen=True)
class Identity:
    """The thing asked about as said ("纪念品") and its words (for finding the units that name it)."""

    said: str
    words: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.said}具体是什么"


@functools.lru_cache(maxsize=1)
def _rows() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    rows = table()["identity"]
    return re.compile(rows["ask"]), re.compile(rows["described"]), re.compile(rows["values"])


def identity_asked(question: str) -> Identity | None:
    """The thing whose nature the question's last stretch asks ("那纪念品到底是啥玩意儿" -> 纪念品), or None."""
    from assistant.chat.rules.programme_words import topic_only
    from assistant.chat.rules.things import content_words

    last = re.split(r"[，,。；;！!？?]\s*(?=[^，,。；;！!？?]+[？?]?\s*$)", (question or "").strip())[-1]
    found = _rows()[0].search(last)
    if found is None:
        return None
    subject = topic_only(found.group("x")).strip()
    # "首届数字工匠的纪念品", "第四届说的数字专员", "那纪念品": the head after the last 的 (or 说的, 提到的) is the thing
    said = re.sub(r"^(?:那个|这个|那|这|里面?|上面?|中)+", "", subject.rpartition("的")[2]).strip()
    words = content_words(said)
    if not words or _rows()[2].search(said):
        return None
    return Identity(said, words)


def identity_answer(corpus, program: str, asked: Identity) -> tuple[str, str] | None | bool:
    """(clause_id, unit) of ``program``'s notice saying what the thing is; False when the notice names the thing but
    nowhere says what it is (silent); None when it never names it (the ordinary answer decides)."""
    from assistant.chat.rules.quotes import _candidates
    from assistant.chat.rules.things import Thing, holding_units, holds_thing

    thing_ = Thing(asked.words, asked.label)
    named = holding_units(corpus, program, thing_)
    if not named:
        return None
    for clause in corpus.clauses(program):  # a clause headed by the thing ("一、认定范围") is about it
        if clause.path and clause.title and holds_thing(thing_, clause.title):
            # the heading line itself ("一、认定范围") says nothing of what it is: the clause's first sentence does
            units = [u for u in _candidates(clause, "", True) if u.strip() and clause.title not in u[:len(clause.title) + 6]]
            if units:
                return clause.clause_id, units[0]
    described = _rows()[1]
    for clause_id, unit in named:
        for word in asked.words:
            for at in (m.end() for m in re.finditer(re.escape(word), unit)):
                if described.match(unit[at:]):
                    return clause_id, unit
    return False
