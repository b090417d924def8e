"""A post that supports the work rather than does it, said in everyday words: "在仓库做仓管", "调到人事部了",
"前年转去做财务了", "现在管食堂". The word classes are in ``language/data/support_posts.json``; a post held now of
these is off the technical front line (administrative), unless the hands are said to be on the work too.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["support_post"]

_DATA = Path(__file__).resolve().parents[1] / "language" / "data" / "support_posts.json"
_CLAUSE = re.compile(r"[，,。；;！!？?\s]+")


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _readers() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    t = json.loads(_DATA.read_text(encoding="utf-8"))
    posts, places, moves, doing = _alt(t["posts"]), _alt(t["places"]), _alt(t["moves"]), _alt(t["doing"])
    # a post held ("做仓管", "当保安", "在仓库做仓管"), or a move to a post or a place ("调到人事部", "转去做财务")
    # the software or the systems of a support post are technical work ("做财务软件开发", "仓储系统"), not the post
    tool = r"(?!软件|系统|平台|数据|算法|开发|程序|模块|信息化|数字化|机器人|自动化|设备)"
    held = re.compile(rf"(?:{doing})(?:了|的|个|一个|一名)?(?:{posts}){tool}"
                      rf"|(?:{moves})(?:了)?(?:{doing})?(?:了)?(?:{posts}|{places}){tool}"
                      rf"|(?:{posts})(?:的|了|呢)?$"
                      rf"|在(?:{places})(?:里)?(?:上班|工作|干活|打杂|帮忙)?(?:的|了|呢)?$")
    past = re.compile(rf"^(?:{_alt(t['past'])})")
    hands = re.compile(_alt(t["still_on_the_work"]))
    move = re.compile(rf"(?:{moves})")
    return held, past, hands, move


def support_post(text: str) -> bool:
    """Whether ``text`` says the post held now is one supporting the work ("在仓库做仓管", "去年调到人事部了") and no
    clause says the hands are still on it; a post of the past ("以前做仓管，后来转技术") is not held now."""
    held, past, hands, move = _readers()
    clauses = [c for c in _CLAUSE.split(text or "") if c]
    if any(hands.search(c) for c in clauses):
        return False
    found = [i for i, c in enumerate(clauses) if held.search(c) and not past.match(c)]
    if not found:
        return False
    # a later move away from the support post ("以前做仓管 后来转去做开发") leaves it behind
    return not any(move.search(c) and not held.search(c) for c in clauses[found[-1] + 1:])
