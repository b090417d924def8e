"""Ages said loosely at the start of a working life, written as their latest age so that the start readers
(``when.name_age_years``) date them by the birth year: "十几岁就在杭州修车了" -> "十九岁就在杭州修车了",
"十七八岁进的厂" -> "十八岁进的厂", "打小就干这个" -> "十六岁就干这个". Word classes in ``hedged_ages.toml``.

    >>> latest_ages("二十出头进的厂")
    '二十三岁进的厂'
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

__all__ = ["latest_ages"]

_DIGITS = "一二三四五六七八九"
_TENS = {"十": 10, "二十": 20, "三十": 30}
# "十七八岁": two neighbouring digits, the later is the latest age
_PAIR = re.compile(rf"(?P<t>二十|三十|十)(?P<a>[{_DIGITS}])(?P<b>[{_DIGITS}])岁")
# a start's verb right after an age said from childhood ("打小就干", "从小跟着师傅学"), so a childhood said of
# anything else ("从小在杭州长大") is left alone
_STARTED = r"(?=(?:就|便)?(?:开始)?(?:干|做|学|跟|当|进|入|出来|帮))"


@functools.lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, int], re.Pattern[str], int]:
    data = tomllib.loads(Path(__file__).with_name("hedged_ages.toml").read_text(encoding="utf-8"))
    tails = data["tails"]
    tens = "|".join(sorted(_TENS, key=len, reverse=True))
    hedged = re.compile(rf"(?<![{_DIGITS}十])(?P<t>{tens})(?P<h>{'|'.join(map(re.escape, tails))})岁?(?=(?:的时候|那年|时)?"
                        r"(?:就|才|便|刚)?(?:在|进|入|来|到|当|学|参加|出来|开始|干|做|跟|拜|上班|工作))")
    child = data["childhood"]
    childhood = re.compile(rf"(?:{'|'.join(map(re.escape, child['words']))})(?:就)?{_STARTED}")
    return hedged, tails, childhood, int(child["age"])


def _spoken(age: int) -> str:
    """23 -> "二十三", 16 -> "十六", 30 -> "三十"."""
    tens, ones = divmod(age, 10)
    head = "" if tens == 1 else _DIGITS[tens - 1]
    return f"{head}十{_DIGITS[ones - 1] if ones else ''}"


def latest_ages(text: str) -> str:
    """``text`` with each loosely said starting age written as its latest age; else as it is."""
    hedged, tails, childhood, child_age = _table()
    text = _PAIR.sub(lambda m: f"{m['t']}{m['b']}岁" if _DIGITS.index(m["b"]) == _DIGITS.index(m["a"]) + 1
                     else m.group(), text)
    text = hedged.sub(lambda m: f"{_spoken(_TENS[m['t']] + tails[m['h']])}岁", text)
    return childhood.sub(f"{_spoken(child_age)}岁就", text)
