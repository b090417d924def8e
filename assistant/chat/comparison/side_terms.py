"""A comparison whose every side names its own word for the thing compared ("杭州工匠讲绝活那一条跟首席技师讲绝招
那一条，到底差在哪"): each side is the narrowest clause of its notice holding that side's word, whatever else the
question says (its "卖得多" is no quota, its "差在哪" no type of value)."""

from __future__ import annotations

import re

__all__ = ["named_sides"]

# the pieces a comparison joins: "A讲X那一条 跟 B讲Y那一条"
_PIECES = re.compile(r"[，,。？?！!；;\s]|跟|和|与|同|、|还有|对比|比起")
# a side's word for the thing, said as the notice's wording it points at: "讲绝活那一条", "写的“传帮带”那句", "里头
# 说师带徒的那项"
_POINTED = re.compile(r"(?:讲|说|写|提|规定)(?:的|了)?“?(?P<t>[\u4e00-\u9fffA-Za-z]{2,6}?)”?(?:的)?"
                      r"(?:那一?条|那一?项|那一?块|那一?句|那段|这一?条|这一?句)")


def _side(corpus, piece: str) -> tuple[str, str, str] | None:
    from assistant.chat.routing import detect_programs

    named, _ = detect_programs(piece)
    m = _POINTED.search(piece)
    if len(named) != 1 or m is None:
        return None
    program, word = named[0], m["t"]
    holding = [c for c in corpus.clauses(program) if c.path and word in c.own_text]
    if not holding:
        return None
    clause = max(holding, key=lambda c: c.depth)  # the narrowest clause that says it, the first of those
    return program, clause.clause_id, clause.own_text


def named_sides(corpus, text: str, programs: list[str]) -> list[tuple[str, str, str]] | None:
    """[(program, clause_id, quote)] when every programme compared is named with its own pointed word, else None."""
    sides = {}
    for piece in _PIECES.split(text):
        side = _side(corpus, piece) if piece else None
        if side is not None and side[0] in programs:
            sides.setdefault(side[0], side)
    if len(programs) < 2 or set(sides) != set(programs):
        return None
    return [sides[p] for p in programs]
