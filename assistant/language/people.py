"""Words for the people an applicant speaks of (kin, workmates, posts), read from one table, ``data/people.json``.

The extractor (whose facts a clause states) and the conversation (two people asked about at once, a switch of
person) read the same rows, so a word added there is known to both.

Run with:  python -c "from assistant.language.people import words_of; print(words_of('own'))"
"""

from __future__ import annotations

import functools
import re

from assistant.language.datafiles import data_json

__all__ = ["TAGS", "alternation", "kin_classes", "words_of"]

TAGS = ("kinfolk", "family", "workmate", "post", "own", "head", "self")


def _rows() -> list[dict]:
    return data_json("people.json")["words"]


@functools.cache
def words_of(tag: str) -> tuple[str, ...]:
    """The words of one class, longest first (so an alternation tries 班组长 before 组长)."""
    if tag not in TAGS:
        raise KeyError(tag)
    words = [r["word"] for r in _rows() if tag in r["tags"]]
    return tuple(sorted(dict.fromkeys(words), key=len, reverse=True))


@functools.cache
def alternation(tag: str) -> str:
    """The class as a regular expression's alternation (no group around it)."""
    return "|".join(map(re.escape, words_of(tag)))


@functools.cache
def kin_classes() -> tuple[tuple[str, str], ...]:
    """(person, alternation of the words that name them) for each person a kin word names, in table order."""
    people: dict[str, list[str]] = {}
    for r in _rows():
        if r["person"]:
            people.setdefault(r["person"], []).append(r["word"])
    return tuple((p, "|".join(map(re.escape, sorted(w, key=len, reverse=True)))) for p, w in people.items())
