"""Spoken and dialect forms of a bare yes or no ("对头", "嗯呐", "冇", "木有"), read as the plain word of their class.

The bare-reply readers in ``chat.case.replies`` know the plain forms (是, 没有); this maps a whole reply said in another
form onto them, from the word classes in ``language/data/reply_words.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.language.datafiles import data_json, words_pattern

__all__ = ["plain_reply"]

_PLAIN = {"yes": "是", "no": "没有"}
_TAIL = r"(?:的|啊|呀|哦|哈|呢|啦|嘛|吧|滴|呐|哇|咯|嘞|噻|了)*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    table = data_json("reply_words.json")
    lead = words_pattern(table["intensifiers"])
    out = []
    for kind, plain in _PLAIN.items():
        words = words_pattern(table[kind])
        # an intensifier before a yes means nothing ("都对头" is no reply form); before a no it still says none
        head = f"(?:{lead})?" if kind == "no" else ""
        out.append((re.compile(f"^{head}(?:{words}){_TAIL}$"), plain))
    return tuple(out)


def plain_reply(short: str) -> str:
    """``short`` (a reply with its punctuation and spaces taken out) as the plain yes or no it says, else unchanged."""
    for pattern, plain in _patterns():
        if pattern.match(short or ""):
            return plain
    return short
