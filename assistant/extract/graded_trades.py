"""Trades whose national occupational skill standard has five levels, up to 高级技师 (一级/一级高级技师).

浙派工匠 asks for 高级技师 or the top level of one's own trade. Someone who says "焊工技师" holds a level below the top
of a trade that has 高级技师: a careful reader of the notice answers "不符合" without asking whether 技师 is the top.
Only trades named outright are listed (the standards of 人力资源社会保障部, 2018–2023 editions, all with five levels);
a trade not listed is still asked about, and a top said by the asker ("我们工种最高就是技师") outranks the table."""

from __future__ import annotations

from assistant.extract.text import Segment
from assistant.language.rungs import graded_trades

__all__ = ["read_graded_trade", "GRADED_NOTE"]

GRADED_NOTE = ("按国家职业技能标准，{trade}设有高级技师（一级），{level}不是本职业（工种）的最高等级；"
               "如您的工种最高等级就是{level}，请告诉我。")


def read_graded_trade(segs: list[Segment]) -> dict[str, list]:
    """``{"_graded_trade": [trade]}`` for a listed trade (language.rungs.graded_trades: "电焊工", "维修电工", "数控车工")
    named in a clause about the asker."""
    out: dict[str, list] = {}
    for seg in segs:
        if seg.asserts:
            for m in graded_trades().finditer(seg.text):
                out.setdefault("_graded_trade", []).append(m.group())
    return out

