"""A rule a premise says admits no exception, where the notice qualifies it: "第四届机关的人一律不能推荐，一点口子都
没有吧" against "…原则上不予推荐", "干满5年是硬杠杠，差一个月都不行吧" against "一般在5年以上".

The premise's words of absoluteness and the notice's qualifiers are data (``absolute.toml``). The qualified stretch of
the quote (from 原则上/一般 to the next mark) must share words with the premise, so a qualifier elsewhere in the
clause ("推荐人数一般10-20名" beside a rule about 机关) settles nothing.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_absolute_premise.py
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

__all__ = ["absolute_correction", "says_absolute", "without_margins"]

_STRETCH_END = re.compile(r"[，,。；;：:]")


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, re.Pattern]:
    rows = tomllib.loads(Path(__file__).with_name("absolute.toml").read_text(encoding="utf-8"))
    return {name: re.compile("|".join(patterns)) for name, patterns in rows.items()}


def says_absolute(question: str) -> bool:
    """Whether the question says a rule admits no exception (its words or a margin idiom)."""
    return bool(_table()["absolute"].search(question or "") or _table()["margin"].search(question or ""))


def without_margins(question: str) -> str:
    """``question`` with its margin idioms ("多一个都不行", "少一天都不行") blanked: they say a rule is absolute, the
    一个 in them is no count the premise asserts."""
    return _table()["margin"].sub(lambda m: " " * len(m.group(0)), question or "")


def _qualified(quote: str) -> list[str]:
    """Each stretch of ``quote`` a qualifier opens, up to the next mark ("原则上不予推荐", "一般在5年以上且…")."""
    out = []
    for m in _table()["qualifier"].finditer(quote or ""):
        end = _STRETCH_END.search(quote, m.end())
        out.append(quote[m.start():end.start() if end else len(quote)])
    return out


def _overlap(stretch: str, question: str, before: str) -> int:
    """How much the premise speaks of the stretch's rule: a number in common counts most, then the words of two
    characters it shares with the stretch or with the words just before it in its sentence (the kinds of person
    "…的人员,原则上不予推荐" is said of)."""
    from assistant.notices.text import shared_pairs

    rule = _table()["not_rule_words"]
    numbers = set(re.findall(r"\d+", stretch)) & set(re.findall(r"\d+", question))
    return 10 * len(numbers) + shared_pairs(rule.sub(" ", stretch + " " + before), rule.sub(" ", question))


def absolute_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question says a rule admits no exception and the quote qualifies the same rule: the
    qualified stretch sharing most with the question is quoted."""
    if not says_absolute(question):
        return None
    scored = []
    for stretch in _qualified(quote):
        at = quote.find(stretch)
        sentence_start = max(quote.rfind(p, 0, at) for p in "。；;") + 1
        scored.append((_overlap(stretch, question, quote[sentence_start:at]), stretch))
    best = max(scored, default=(0, ""))
    if best[0] <= 0:
        return None
    said = re.sub(r"\s+", "", best[1])
    return f"不对，通知写的是“{said}”，不是一律如此、没有例外：见下面的原文。"
