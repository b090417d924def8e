"""Helpers the benches share: labelled rows read from JSON Lines, and precision/recall from counts."""

from __future__ import annotations

import json
from pathlib import Path

__all__ = ["precision_recall", "read_jsonl"]


def read_jsonl(path: Path, split: str | None = None) -> list[dict]:
    """The rows of a JSON Lines file (blank lines skipped), only those of ``split`` when one is given."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return [r for r in rows if split is None or r.get("split") == split]


def precision_recall(tp: int, fp: int, fn: int) -> tuple[float, float]:
    """(precision, recall), each 1.0 when nothing was predicted or expected."""
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
