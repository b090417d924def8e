"""Text helpers for drafting: counting 字 the way a 推荐表 does, safe cuts, numbers and Chinese numerals.

Sentence splitting is ``assistant.chat.rules.quotes.sentences`` (one splitter for the whole project).
"""

from __future__ import annotations

import re
import unicodedata

from assistant.extract.numbers import cn_to_int
from assistant.extract.patterns import NOT_OWN_RESULT

__all__ = ["count_chars", "normalize", "safe_cuts", "safe_prefixes", "clause_prefixes", "cn_value", "CN_NUMERAL",
           "cn_rank", "tidy", "has_number", "plain_number", "OTHERS", "about_others"]

_WS = re.compile(r"\s+")

# Runs that a cut must never split: a number with its decimal part, a Chinese numeral, a quoted name, an
# ASCII word. Splitting "500万" into "50" would write a number the facts never gave.
CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
# Who did it: a fact that names other people (apprentices, students, "有3个…") is not the candidate's. The
# extractor's own cue list, plus a counted group ("有3个", "5名").
OTHERS = re.compile(rf"{NOT_OWN_RESULT.pattern}|有[0-9{CN_NUMERAL}]+(?:个|人|名|位)|[0-9{CN_NUMERAL}]+(?:个|名|位)(?:徒弟|学生|学员)")
_ATOMIC = re.compile(rf"\d+(?:[.,]\d+)*%?|[{CN_NUMERAL}]+|《[^《》]*》|“[^“”]*”|「[^「」]*」|[A-Za-z][A-Za-z0-9._-]*")
_CLAUSE_END = "，、；;,：:"
# A count in figures or in Chinese numerals with a measure word: "2项", "十二人", "三倍", "40%".
_NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千万]+(?:多|余)?[项人名个次家件篇套台倍万亿%起条成处种款道]")


def count_chars(text: str) -> int:
    """字数 as a 推荐表 counts them: every character except whitespace (punctuation counts)."""
    return len(_WS.sub("", text or ""))


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII) with whitespace removed, for comparing texts."""
    return _WS.sub("", unicodedata.normalize("NFKC", text or ""))


def tidy(text: str) -> str:
    """Collapse whitespace: none between Chinese characters, one space between ASCII words."""
    text = _WS.sub(" ", (text or "").strip())
    return re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", text)


def _atomic_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ATOMIC.finditer(text)]


def safe_cuts(text: str) -> list[int]:
    """Every index where ``text`` may be cut without splitting a number, numeral, quote or word, ascending."""
    inside = set()
    for start, end in _atomic_spans(text):
        inside.update(range(start + 1, end))
    return [i for i in range(1, len(text) + 1) if i not in inside]


def safe_prefixes(text: str, min_len: int = 4) -> list[str]:
    """Prefixes of ``text`` that end at a safe cut (see ``safe_cuts``), trailing punctuation stripped, shortest first."""
    return [text[:i].rstrip(_CLAUSE_END + " ") for i in safe_cuts(text) if i >= min_len]


def clause_prefixes(text: str) -> list[str]:
    """Prefixes of ``text`` that end at a clause boundary (，；、…), longest first, punctuation stripped."""
    out = []
    for i, ch in enumerate(text):
        if ch in _CLAUSE_END:
            head = text[:i].rstrip(_CLAUSE_END + "。 ")
            if head and head not in out:
                out.append(head)
    return sorted(out, key=len, reverse=True)


def has_number(text: str) -> bool:
    """Whether ``text`` states a count: figures, or a Chinese numeral with a measure word."""
    return bool(_NUMBER.search(text))


def plain_number(value: float) -> str:
    """``12.0`` -> ``12``, ``8.5`` -> ``8.5``: a number as a person writes it."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def cn_value(numeral: str) -> float | None:
    """Value of a Chinese numeral (``十二`` 12, ``两百`` 200, ``二〇二四`` 2024, ``三千五百万``); None if not one.

    The extractor's parser reads each part; 万 and 亿 (which it leaves out) multiply here.
    """
    rest, total = numeral.strip(), 0
    if not rest:
        return None
    for big, factor in (("亿", 100_000_000), ("万", 10_000)):
        if big in rest:
            head, _, rest = rest.partition(big)
            value = cn_to_int(head)
            if value is None:  # 万 alone (万元, 千万) is not a number
                return None
            total += value * factor
    if rest:
        value = cn_to_int(rest)
        if value is None:
            return None
        total += value
    return float(total)


_RANK = "一二三四五六七八九十"


def cn_rank(n: int) -> str:
    """``1`` -> ``一``, ..., ``10`` -> ``十``; larger numbers stay Arabic."""
    return _RANK[n - 1] if 1 <= n <= 10 else str(n)


def about_others(text: str | None) -> bool:
    """Whether a fact text is about other people (the candidate's apprentices, students …)."""
    return bool(text and OTHERS.search(text))
