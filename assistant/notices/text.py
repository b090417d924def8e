"""Text utilities shared by every stage: the one sentence splitter (with its variants ``parts`` and ``pieces``)
and character bigrams (``bigrams`` for retrieval; ``letter_pairs``/``shared_pairs``, the two-character words two
stretches share, for the premise checks that weigh which sentence a premise speaks of).

They live with the notices (the lowest stage) so that retrieval, drafting and the chat can all use them
without importing one another.
"""

from __future__ import annotations

import re

__all__ = ["sentences", "parts", "part_start", "pieces", "bigrams", "letter_pairs", "shared_pairs", "zh_count",
           "clean_text", "STOP_CHARS"]

# What ends a sentence of a notice, or one item of a sentence listing items (the notices list with ；).
_STOPS = "。；;"
_SENTENCE_END = re.compile(rf"(?<=[{_STOPS}！？!?])|\n+")
_PART_END = re.compile(rf"[{_STOPS}]")
_PIECE_END = re.compile(rf"(?<=[{_STOPS}])")
_PIECE_OR_LINE_END = re.compile(rf"(?<=[{_STOPS}\n])")
STOP_CHARS = set("的了和与及或在是为对将由按等各之其中有于以上下可应吗呢啊吧")


def bigrams(text: str) -> set[str]:
    """Character bigrams of the CJK/alnum content; pairs of function characters don't count."""
    chars = [c for c in text if c.isalnum()]
    grams = {a + b for a, b in zip(chars, chars[1:], strict=False)}
    return {g for g in grams if not (g[0] in STOP_CHARS and g[1] in STOP_CHARS)}


def letter_pairs(text: str, cjk_only: bool = False) -> set[str]:
    """The two-character words of ``text``'s letters: every pair of neighbouring letters once marks, spaces and
    digits are dropped (a number is compared as a number, not as characters); ``cjk_only`` keeps Chinese only."""
    chars = [c for c in text if ("\u4e00" <= c <= "\u9fff" if cjk_only else c.isalnum() and not c.isdigit())]
    return {a + b for a, b in zip(chars, chars[1:], strict=False)}


def shared_pairs(a: str, b: str, cjk_only: bool = False) -> int:
    """How many two-character words (``letter_pairs``) two stretches share: how much they speak of the same thing."""
    return len(letter_pairs(a, cjk_only) & letter_pairs(b, cjk_only))


def sentences(text: str) -> list[str]:
    """Sentences of ``text``, stripped, each an exact substring of it."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def parts(text: str) -> list[str]:
    """The stretches of ``text`` between the marks that end a sentence or an item (。；;), marks dropped, as
    written (not stripped), blank ones left out: for asking whether one stretch holds two things together (a body
    and its act). A line break or ！？ ends none: the chat reads a quoted unit of a notice this way, and a notice's
    sentences hold no ！？."""
    return [p for p in _PART_END.split(text or "") if p.strip()]


def part_start(text: str, at: int) -> int:
    """Where the stretch of ``text`` holding offset ``at`` starts: just after the last 。；; before it, else 0."""
    ends = [m.end() for m in _PART_END.finditer(text or "", 0, at)]
    return ends[-1] if ends else 0


def pieces(text: str, lines: bool = False) -> list[str]:
    """``text`` cut just after each 。；; (and, with ``lines``, after each line break), marks kept: the pieces
    join back to ``text`` exactly, so a caller can keep offsets."""
    return (_PIECE_OR_LINE_END if lines else _PIECE_END).split(text or "")


_ZH_DIGITS = "零一二三四五六七八九十"


def zh_count(n: int) -> str:
    """A count as a Chinese numeral up to 十 (“五份通知”), else in digits."""
    return _ZH_DIGITS[n] if 0 <= n <= 10 else str(n)


_UNWRITABLE = re.compile(r"[\x00\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Drop what no file, log or encoder can take: NUL and lone surrogates (JSON can carry "\\ud800")."""
    return _UNWRITABLE.sub("", text or "")
