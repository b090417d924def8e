"""The language layer's data files (``data/``): one reader, so a file shared by several modules (``lexicon.json``:
the matcher's groups and kinds, the agency cues) is read once per process."""

from __future__ import annotations

import functools
import json
from pathlib import Path

__all__ = ["DATA", "data_json"]

DATA = Path(__file__).parent / "data"


@functools.cache
def data_json(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))
