"""The levels of government as one data table (``levels.toml``): one row per level, one column per use, read once.

Its readers: ``choice`` (a choice between levels, a level's premise), ``levels`` (the asked level against the
level a sentence speaks at), ``tiers`` (the tiers of a list before a head) and ``agents`` (a body's level).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_level_table.py
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

__all__ = ["LevelRow", "rows", "row_of", "case"]

_TABLE = Path(__file__).with_name("levels.toml")


@dataclass(frozen=True)
class LevelRow:
    """One level; the columns are described in ``levels.toml``. A column a use does not need is empty."""
    key: str
    name: str
    label: str = ""
    said_label: str = ""
    title: tuple[str, ...] = ()
    asked: tuple[str, ...] = ()
    said: tuple[str, ...] = ()
    asked_suffixes: tuple[str, ...] = ()
    side: tuple[str, ...] = ()
    side_acting: str = ""
    alone: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    tier: tuple[str, ...] = ()
    tier_label: str = ""
    body: tuple[str, ...] = ()


_LISTS = frozenset(f.name for f in fields(LevelRow) if f.type.startswith("tuple"))


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))


def row_of(row: dict) -> LevelRow:
    """A table row as a record; a column unknown to ``LevelRow`` is a TypeError, not a column silently unread."""
    return LevelRow(**{k: tuple(v) if k in _LISTS else v for k, v in row.items()})


@functools.lru_cache(maxsize=1)
def rows() -> tuple[LevelRow, ...]:
    """Every level, highest first."""
    return tuple(row_of(row) for row in _table()["level"])


def case() -> dict:
    """Where a level word is said of where the asker works ("在杭州工作"): the characters ``before`` it and the
    pattern ``after`` it."""
    return _table()["case"]
