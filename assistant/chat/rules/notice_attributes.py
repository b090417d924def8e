"""The one table of the notices' attributes (``notice_attributes.toml``) and the one way of picking, among a notice's
sentences scored against a question, the sentence holding an attribute's value.

A comparison (compared_attribute.py), a premise (premise/attributes.py) and a duty answer (duties.py) read the same
rows, so that "首届数字工匠的评选周期" compared, asserted ("两年评一回吧") or given to a body finds the same sentence.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_notice_attributes.py
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Hashable, Iterable
from pathlib import Path
from typing import TypeVar

__all__ = ["table", "rows", "best_sentence"]

_TABLE = Path(__file__).with_name("notice_attributes.toml")

T = TypeVar("T")


@functools.lru_cache(maxsize=1)
def table() -> dict:
    """The parsed table, read once."""
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))


def rows(part: str = "") -> tuple[dict, ...]:
    """The rows in the table's order; with ``part`` ("ask", "premise", "duty"), only the rows that have it."""
    return tuple(r for r in table()["attribute"] if not part or part in r)


def best_sentence(scored: Iterable[tuple[object, Hashable, T]], *, ties: bool = False, floor: bool = True) -> T | None:
    """The item of the highest score among (score, value stated, item), the first in the given order at equal scores.
    None when nothing is scored; with ``floor``, when the highest score is nothing (0: the sentence shares no word with
    the question); unless ``ties``, when another item as high states a different value (the notice cannot be read
    as saying one)."""
    ranked = sorted(scored, key=lambda s: s[0], reverse=True)  # stable: equal scores keep the notice's order
    if not ranked:
        return None
    top, value, item = ranked[0]
    if floor and not top:
        return None
    if not ties and any(s == top and v != value for s, v, _ in ranked[1:]):
        return None
    return item
