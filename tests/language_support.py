"""Shared helpers for the language tests: the words-only achievement matcher (the checker's) and the labelled rows."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.language import achievement_kinds

ACHIEVEMENTS = Path(__file__).resolve().parents[1] / "assistant" / "language" / "data" / "achievements.jsonl"


def kinds(text: str) -> set[str]:
    """The kinds the words-only matcher reads in ``text``: these tests check the rules, not a fitted model."""
    return set(achievement_kinds(text, use_model=False))


def achievement_rows() -> list[dict]:
    """The rows of the achievement table (``assistant/language/data/achievements.jsonl``)."""
    return [json.loads(line) for line in ACHIEVEMENTS.open(encoding="utf-8") if line.strip()]
