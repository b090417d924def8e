"""Whether a message asks a comparison in everyday words ("两届数字工匠 在杭州要待满多久 一样不", "浙派跟杭州工匠 谁评的
人多", "新旧两届 哪届给得宽"): the classes of asking in ``everyday_asks.toml``, read beside the router's own words.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_everyday_comparison_asks.py
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

__all__ = ["asks_in_everyday_words"]

_TABLE = Path(__file__).with_name("everyday_asks.toml")


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    rows = tomllib.loads(_TABLE.read_text(encoding="utf-8"))
    return re.compile("|".join(f"(?:{p})" for p in rows.values()))


def asks_in_everyday_words(text: str) -> bool:
    """Whether ``text`` asks, in one of the table's classes, how sides compare (it names no sides itself)."""
    return bool(_pattern().search(text or ""))
