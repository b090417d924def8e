"""The language layer's data files (``data/``): one reader, so a file shared by several modules (``lexicon.json``:
the matcher's groups and kinds, the agency cues) is read once per process."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

__all__ = ["DATA", "data_json", "words_pattern"]

DATA = Path(__file__).parent / "data"


@functools.cache
def data_json(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def words_pattern(words) -> str:
    """A data table's words as one alternation, longest first, so that "不是的" is tried before "不是" and "调到人事部"
    before "调到" (no group around it)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
