"""Counts said loosely in a premise, and the span each allows: "十来个", "三十多个", "上百人", "七八年", "两三天",
"二十个左右".

A premise "滨江区能推十来个吧" asserts a count near 10; the notice's "不超过 6 名" is outside that span, so the premise
is wrong, while "二十来个" beside a notice's 20 名 agrees. The spans follow extract.numbers' reading of hedged
durations: X来 is [0.9X, 1.3X), X多/X余/X几 is [X, X+1) or, after a round ten, [X, X+10), 上百 is [100, 200), 近X is
[0.9X, X], X左右 is X ± max(1, X/10), X出头 is [X, 1.1X + 1), and two neighbouring numerals are the span between them
(七八 is 7 to 8, never 78; 三五 is 3 to 5).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_hedged.py
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.extract.numbers import CN_DIGITS, cn_to_int, to_number

__all__ = ["Hedge", "hedges", "plain"]

# the measure words a loose count is said with (premise.py's units, less money: "一万块左右" is read there)
_UNIT = r"个工作日|工作日|周岁|个月|个人|个字|个|名|人|位|家|年|岁|天|字|项|份|次|回|批"
_DIGIT = "一两二三四五六七八九"
_PAIR = rf"[{_DIGIT}]?十?[{_DIGIT}][{_DIGIT}]十?"
_NUMBER = r"[0-9]+|[一二两三四五六七八九十百千]+"
_HEDGE = re.compile(rf"(?P<pre>上(?=[百千])|将近|接近|近)?(?P<n>{_NUMBER})(?P<more>来|多|几|余)?(?P<unit>{_UNIT})"
                    r"(?P<tail>左右|上下|出头)?")


@dataclass(frozen=True)
class Hedge:
    start: int
    end: int
    low: float
    high: float
    unit: str  # as written
    said: str


def _pair(numeral: str) -> tuple[int, int] | None:
    """"七八" -> (7, 8), "两三" -> (2, 3), "三五" -> (3, 5), "十五六" -> (15, 16), "二十七八" -> (27, 28), "一二十" ->
    (10, 20); None for one number (十二, 三十四)."""
    m = re.fullmatch(rf"(?P<tens>[{_DIGIT}]?十)?(?P<a>[{_DIGIT}])(?P<b>[{_DIGIT}])(?P<ten>十)?", numeral)
    if m is None or (m["tens"] and m["ten"]):
        return None
    a, b = CN_DIGITS[m["a"]], CN_DIGITS[m["b"]]
    if b != a + 1 and (a, b) != (3, 5):
        return None
    if m["ten"]:
        return a * 10, b * 10
    base = (cn_to_int(m["tens"]) or 10) if m["tens"] else 0
    return base + a, base + b


def _span(m: re.Match) -> tuple[float, float] | None:
    pair = _pair(m["n"]) if re.fullmatch(_PAIR, m["n"]) else None
    if pair is not None:
        return float(pair[0]), float(pair[1])
    if not (m["pre"] or m["more"] or m["tail"]):
        return None  # a plain count: premise.py reads it as said
    x = to_number(m["n"])
    if not x:
        return None
    round_ten = x >= 10 and x % 10 == 0
    if m["pre"] == "上":
        return x, 2 * x - 1
    if m["pre"]:
        return 0.9 * x, x
    if m["more"] == "来":
        return 0.9 * x, 1.3 * x - 0.01
    if m["more"]:
        return x, x + (10 if round_ten else 1) - 0.01
    if m["tail"] == "出头":
        return x, 1.1 * x + 1
    width = max(1.0, x / 10)
    return x - width, x + width


def hedges(text: str) -> list[Hedge]:
    """Every count ``text`` says loosely, with the span it allows."""
    out = []
    for m in _HEDGE.finditer(text or ""):
        if m.start() and text[m.start() - 1] in "第前":
            continue  # a placing ("前两三名"), no count
        span = _span(m)
        if span is not None:
            out.append(Hedge(m.start(), m.end(), span[0], span[1], m["unit"], m.group(0)))
    return out


# A span of years said with a half ("干半年", "一年半", "两年半"), a count like any other; not a half of the calendar
# (上半年, 下半年) nor 大半年 (most of a year, loosely)
_HALF_YEAR = re.compile(r"(?<![上下大前后0-9一二两三四五六七八九十])半年")
_YEARS_AND_HALF = re.compile(r"([0-9]+|[一二两三四五六七八九十]+)\s*年半")


def _halves(text: str) -> str:
    """``text`` with a span of years said with a half written as a number of years ("半年" -> "0.5年")."""
    text = _YEARS_AND_HALF.sub(lambda m: f"{(to_number(m.group(1)) or 0) + 0.5:g}年", text)
    return _HALF_YEAR.sub("0.5年", text)


def plain(text: str) -> str:
    """``text`` with each loose count said as a plain count, the number as said ("十来个" -> "10个", "七八年" ->
    "7年"), and a span of years said with a half as its number ("干半年" -> "干0.5年"), so that a reader of plain
    counts sees a count there."""
    text = _halves(text)
    out, at = [], 0
    for h in hedges(text):
        m = _HEDGE.match(text, h.start)
        number = _pair(m["n"])[0] if _pair(m["n"]) and re.fullmatch(_PAIR, m["n"]) else to_number(m["n"])
        out += [text[at:h.start], f"{number:g}{h.unit}"]
        at = h.end
    return "".join(out) + text[at:]
