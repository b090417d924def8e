"""Whether the asker says their trade's levels go above the one they hold: "能考到高级技师", "还差一级"
(data/rungs.json). Read for 浙派工匠's "本职业（工种）最高职业资格", which the asker answers in passing."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.language.datafiles import data_json, words_pattern

__all__ = ["Rungs", "rungs"]

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
