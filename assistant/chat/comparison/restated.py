"""A side of a comparison whose notice states its rule twice, in its letter and in the plan attached to it, quotes both.

首届数字工匠's 函 says "已获评“浙江工匠”、“杭州工匠”的不予推荐" and its 实施方案 (附件1) "已获评…的人员不予推荐"; its 函
says "推荐总数不超过30名", the plan "推荐人数不超过30名". Whichever sentence ranks first for the side, the other says
the same rule in the notice's other words: quoted beside it, the side reads as the notice reads, in either place.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_compare_restated.py
"""

from __future__ import annotations

import re

__all__ = ["restated_sides", "RESTATED_SHARE"]

# the share of two-character pairs two sentences have in common to be one rule said twice (the letter's and the plan's
# wordings of a quota share about two thirds; two different quotas of one paragraph under a half)
RESTATED_SHARE = 0.55
_SENTENCE = re.compile(r"[^。；;\n]+[。；;]?")
_FRAGMENT = re.compile(r"[^，,。；;\n]+[，,。；;]?")
_ANNEX = "附件"


def _pairs(text: str) -> set[str]:
    text = re.sub(r"\s", "", text or "")
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _share(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _spans(text: str, size: int) -> list[str]:
    """Each sentence of ``text``, and each run of ``size`` of its comma-cut stretches: a rule quoted as part of a
    sentence ("从事…5年以上且在杭全职工作2年以上") is found said again inside a longer one."""
    out = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group().strip()
        out.append(sentence)
        parts = _FRAGMENT.findall(sentence)
        out += ["".join(parts[i:i + size]).strip() for i in range(len(parts) - size + 1)] if len(parts) > size else []
    return out


def _in_annex(clause_id: str) -> bool:
    return clause_id.partition("#")[2].startswith(_ANNEX)


def restatement(corpus, program: str, clause_id: str, quote: str) -> tuple[str, str] | None:
    """The sentence of ``program``'s notice, on the other side of the letter/annex line from ``clause_id``, that says
    ``quote``'s rule again, with its clause; None when the notice says it once.
    Forms (tables of blanks) are no restatement."""
    mine = _pairs(quote)
    annexed = _in_annex(clause_id)
    best: tuple[float, int, str, str] | None = None
    for clause in corpus.clauses(program):
        if not clause.path or _in_annex(clause.clause_id) == annexed or "\t" in (clause.own_text or ""):
            continue
        for sentence in _spans(clause.text or "", len(_FRAGMENT.findall(quote)) or 1):
            share = _share(mine, _pairs(sentence))
            # the deepest clause saying it ("附件1/二", not the whole 附件1 holding it)
            key = (share, clause.clause_id.count("/"))
            if share >= RESTATED_SHARE and (best is None or key > best[:2]):
                best = (*key, clause.clause_id, sentence)
    return (best[2], best[3]) if best else None


def restated_sides(corpus, sides: list[tuple[str, str | None, str | None]]) -> list[tuple[str, str | None, str | None]]:
    """``sides`` ([(program, clause_id, quote)], a silent side's clause None) with each quoted side followed by its
    restatement, when its notice has one not quoted already."""
    quoted = {clause_id for _, clause_id, _ in sides}
    out = []
    for program, clause_id, quote in sides:
        out.append((program, clause_id, quote))
        again = restatement(corpus, program, clause_id, quote) if clause_id and quote else None
        if again is not None and again[0] not in quoted:
            quoted.add(again[0])
            out.append((program, again[0], again[1].rstrip("；;，,")))
    return out
