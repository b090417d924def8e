"""Check the number a yes/no question takes for granted against the number the notice states.

"第四届要求在杭工作满两年对吧" claims 2 年; the clause says 1年 — the premise is false and the answer
says so, quoting the clause.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.extract.numbers import to_number

__all__ = ["claims", "premise_check"]

_NUM = r"[0-9０-９]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+"
_UNITS = {"年": "年", "周岁": "岁", "岁": "岁", "字": "字", "名": "名", "人": "名", "个月": "个月", "%": "%", "月": "月",
          "日": "日", "号": "日", "元": "元", "万元": "万元"}
_CLAIM = re.compile(rf"({_NUM})\s*(个月|周岁|万元|年|岁|字|名|人|%|月|日|号|元)")


def _value(token: str) -> float | None:
    return to_number(unicodedata.normalize("NFKC", token))


def claims(text: str) -> list[tuple[float, str]]:
    """(value, unit) pairs in ``text``; 人 counts as 名 and 周岁 as 岁."""
    out = []
    for m in _CLAIM.finditer(text or ""):
        value = _value(m.group(1))
        if value is not None:
            out.append((value, _UNITS[m.group(2)]))
    return out


def premise_check(question: str, quote: str) -> bool | None:
    """True if the question's numbers agree with the quote, False if a number with the same unit differs,
    None if the question makes no comparable numeric claim."""
    asked = claims(question)
    stated = claims(quote)
    verdict = None
    for value, unit in asked:
        same_unit = [v for v, u in stated if u == unit]
        if not same_unit:
            continue
        if value in same_unit:
            verdict = True if verdict is None else verdict
        else:
            return False
    return verdict
