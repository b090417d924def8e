"""The answer-type table (``answer_types.toml``) as data, read once: its own module so that the readers of its
rows (``answer_types``, ``own_case``) can share it without importing each other."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

__all__ = ["table"]

_TABLE = Path(__file__).with_name("answer_types.toml")


@functools.lru_cache(maxsize=1)
def table() -> dict:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))
