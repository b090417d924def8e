"""Whether the asker says their trade's levels go above the one they hold: "能考到高级技师", "还差一级", "这个工种是有
高级技师的", "上面还有技师", or names a trade whose standard goes up to 高级技师 (data/rungs.json). Read for 浙派工匠's
"本职业（工种）最高职业资格", which the asker answers in passing; the one reader of the trade's ladder, for the
extractor (one message) and the dialogue (a reply to the question on the top, a trade said in another turn)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.language.datafiles import data_json, words_pattern

__all__ = ["Rungs", "rungs", "unsure", "said_above", "trade_has_before", "named_levels", "graded_trades",
           "graded_trade"]

_LEVELS = "高级技师|技师|高级工|中级工|一级|二级|三级|四级"
_LEVEL_OF = {"一级": "高级技师", "二级": "技师", "三级": "高级工", "四级": "中级工"}


@dataclass(frozen=True)
class Rungs:
    """What a clause says of the trade's ladder: the top level it reaches, and whether a rung is above the held one."""

    reach: str | None = None
    above: bool = False


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    table = data_json("rungs.json")
    reach = re.compile(rf"(?:{words_pattern(table['reach']['modal'])})(?:{words_pattern(table['reach']['verb'])})"
                       rf"(?P<level>{_LEVELS})")
    above = table["above"]
    gap = rf"(?:{words_pattern(above['gap'])})(?:{words_pattern(above['gap_unit'])})"
    return reach, re.compile(rf"{gap}|{words_pattern(above['onward'])}")


def rungs(clause: str) -> Rungs:
    """The trade's ladder as ``clause`` tells it; Rungs() when it says nothing of it."""
    reach, above = _patterns()
    m = reach.search(clause or "")
    level = _LEVEL_OF.get(m["level"], m["level"]) if m else None
    return Rungs(level, bool(above.search(clause or "")))


@functools.cache
def _ladder_words() -> dict[str, re.Pattern]:
    table = data_json("rungs.json")
    w = {name: {k: words_pattern(v) for k, v in table[name].items()} for name in ("trade_has", "named")}
    has, named = w["trade_has"], w["named"]
    return {
        "unsure": re.compile(words_pattern(table["unsure"])),
        "said_above": re.compile(words_pattern(table["said_above"])),
        # ("这个工种还有技师": 还 says the trade has it beside the level held; "可以评到": a level reached, not held)
        "trade_has": re.compile(rf"(?:{has['trade']})(?:{has['inside']})?(?:{has['adverb']})?(?:{has['has']})$"
                                rf"|(?:{has['modal']})(?:一直)?(?:{has['climb']})(?:{has['to']})$"),
        # the trade's word within five characters before 有/没有 ("我们这个工种有高级技师的"), a rung above said
        # ("上面还有高级技师"), or a level one can still sit ("还能考高级技师")
        "named": re.compile(rf"(?:(?:{named['trade']})[^，,。]{{0,5}}?(?P<no>{named['has']})"
                            rf"|(?:{named['above']})(?:一级)?(?:还)?(?:有|是)|还(?:{named['can']})(?:再)?(?:往上)?考)"
                            rf"(?:个|一个)?(?P<l>{named['level']})"),
        "graded_trades": re.compile(table["graded_trades"]),
    }


def unsure(text: str) -> bool:
    """A level said with doubt ("好像是高级工也可能是技师", "我也不太清楚"): no fact to decide on."""
    return bool(_ladder_words()["unsure"].search(text))


def said_above(text: str) -> bool:
    """A rung above the one held said to exist ("我们工种上面还有技师和高级技师")."""
    return bool(_ladder_words()["said_above"].search(text))


def trade_has_before(before: str) -> bool:
    """Whether the words just before a level say the trade has it or reaches it ("这个工种是有", "这行可以评到"):
    a level of the trade, not one held."""
    return bool(_ladder_words()["trade_has"].search(before))


def named_levels(text: str) -> list[re.Match]:
    """The levels ``text`` says the trade has (or, with 没有 in group ``no``, has not) beside the one held, each match's
    level word in group ``l`` ("更高的" for one unnamed)."""
    return list(_ladder_words()["named"].finditer(text))


def graded_trades() -> re.Pattern:
    """The trades whose national standard goes up to 高级技师, as people name them ("电焊工", "数控车工")."""
    return _ladder_words()["graded_trades"]


def graded_trade(occupation: str | None) -> str | None:
    """The listed trade the occupation names outright ("模具钳工"); not work named without the trade ("做汽修")."""
    if occupation and graded_trades().fullmatch(occupation):
        return occupation
    return None
