"""A yes/no reply that tells the state before and the state now ("以前是 后来退了"): the question asks about now, so
the later clause answers it (data: language/data/then_now.json)."""

from __future__ import annotations

import functools
import re

from assistant.language.asking import clauses_of
from assistant.language.datafiles import data_json, words_pattern

__all__ = ["left_it", "now_said"]


@functools.cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = data_json("then_now.json")
    lead = r"^(?:我|俺|他|她)?(?:是|也)?"
    return (re.compile(lead + f"(?:{words_pattern(t['then'])})"), re.compile(lead + f"(?:{words_pattern(t['now'])})"),
            re.compile(words_pattern(t["left"])))


def now_said(text: str) -> str | None:
    """The clauses from the one about now on, when an earlier one told the state before ("以前是，后来退了" ->
    "后来退了"); None when the reply does not set a then against a now."""
    then, now, _ = _words()
    clauses = clauses_of(text or "")
    for i, clause in enumerate(clauses[1:], 1):
        if now.match(clause) and any(then.match(c) for c in clauses[:i]):
            return "，".join(clauses[i:])
    return None


def left_it(clause: str) -> bool:
    """Whether ``clause`` says a membership or a state was given up ("后来退了", "现在不交了")."""
    return bool(_words()[2].search(clause or ""))
