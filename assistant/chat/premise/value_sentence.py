"""The notice sentence that states the value a premise asserts a count of, found in the whole asked notice by the words
said with the value, not by the sentence retrieval picked: "首届杭州工匠一共认定了二十来个人对吧" asserts a count of
认定; the sentence "…中认定30名“杭州工匠”" states that attribute's value, though retrieval may bring back another.

The factual answer asks for it only where its own sentence settles nothing (no verdict, or no sentence at all): a
premise whose value disagrees with the attribute's sentence is corrected there ("不对，…", chat.premise.correction's
words); one that agrees, or a value no sentence states beside the same words, is left to the answer as it was.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_attributes.py
"""

from __future__ import annotations

import functools
import re

__all__ = ["value_sentence", "value_premise"]

# characters of a claim's context that say nothing of its attribute: the number's own digits and its unit
_NUMBER_CHARS = frozenset("0123456789〇零一二两三四五六七八九十百千万半几来多余个名人年岁周月日号次项字份家")


def _words(context: str) -> set[str]:
    from assistant.notices.text import bigrams

    context = _same_words(context)
    return {g for g in bigrams(context) if not (g[0] in _NUMBER_CHARS or g[1] in _NUMBER_CHARS)}


def _same_words(text: str) -> str:
    """``text`` with each word of a group of the table's ``same_words`` said as the group's first ("评" -> "认定")."""
    for pattern, first in _word_groups():
        text = pattern.sub(first, text)
    return text


@functools.lru_cache(maxsize=1)
def _word_groups() -> tuple[tuple[re.Pattern, str], ...]:
    from assistant.chat.rules.notice_attributes import table

    return tuple((re.compile("|".join(f"(?:{w})" for w in group[1:])), group[0])
                 for group in table().get("same_words", []))


def value_sentence(corpus, program: str, question: str) -> tuple[str, str] | None:
    """(clause id, sentence) of ``program``'s notice stating a value in the unit the question asserts one, whose words
    beside the value share most with the question's words beside its own; None when none shares any, or two share as
    many and state different values."""
    from assistant.chat.premise.counts import _claims_in_context
    from assistant.chat.premise.step_order import units
    from assistant.chat.routing import topic_only

    asked = _claims_in_context(topic_only(question))
    if not asked:
        return None
    from assistant.chat.rules.notice_attributes import best_sentence

    scored = []
    for clause in corpus.clauses(program):
        for unit in units(clause, headed=True):
            for value, said_unit, context in _claims_in_context(unit, lists=True):
                for _, unit_asked, context_asked in asked:
                    if said_unit == unit_asked:
                        scored.append((len(_words(context) & _words(context_asked)), value, (clause.clause_id, unit)))
    return best_sentence(scored)


def value_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """("不对，…", (clause id, sentence)) when the premise's value is not the one the sentence stating that attribute
    gives; None otherwise (agreement included: the sentence the answer already quotes speaks for it)."""
    from assistant.chat.premise import correction

    found = value_sentence(corpus, program, question)
    if found is None:
        return None
    said = correction(question, found[1])
    return (said, found) if said and said.startswith("不对") else None
