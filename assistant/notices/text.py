"""Text utilities shared by every stage: the one sentence splitter and character bigrams.

They live with the notices (the lowest stage) so that retrieval, drafting and the chat can all use them
without importing one another.
"""

from __future__ import annotations

import re

__all__ = ["sentences", "bigrams", "zh_count", "clean_text", "STOP_CHARS"]

_SENTENCE_END = re.compile(r"(?<=[。；;！？!?])|\n+")
STOP_CHARS = set("的了和与及或在是为对将由按等各之其中有于以上下可应吗呢啊吧")


def bigrams(text: str) -> set[str]:
    """Character bigrams of the CJK/alnum content; pairs of function characters don't count."""
    chars = [c for c in text if c.isalnum()]
    grams = {a + b for a, b in zip(chars, chars[1:], strict=False)}
    return {g for g in grams if not (g[0] in STOP_CHARS and g[1] in STOP_CHARS)}


def sentences(text: str) -> list[str]:
    """Sentences of ``text``, stripped, each an exact substring of it."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


_ZH_DIGITS = "零一二三四五六七八九十"


def zh_count(n: int) -> str:
    """A count as a Chinese numeral up to 十 (“五份通知”), else in digits."""
    return _ZH_DIGITS[n] if 0 <= n <= 10 else str(n)


_UNWRITABLE = re.compile(r"[\x00\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Drop what no file, log or encoder can take: NUL and lone surrogates (JSON can carry "\\ud800")."""
    return _UNWRITABLE.sub("", text or "")
