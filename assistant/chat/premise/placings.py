"""Placings in a contest a premise asserts ("省技能大赛前三名就能…吧", "要拿冠军才算吧"), checked against the
placing the notice states for the same contest level and class.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_medal_placings.py
"""

from __future__ import annotations

import re

from assistant.chat.premise.counts import _CONTEXT_EDGE, _NUM, _value
from assistant.chat.premise.subjects import same_qualifier
from assistant.chat.premise.tiers import exclusive
from assistant.notices.text import part_start, shared_pairs

# A placing in a contest: "第1名" ranks, "前3名" is any of the first three. Not counts (see _CLAIM).
# "进前三才行", "拿第一就能": a placing said without 名, before what the sentence goes on to say of it.
_PLACING = re.compile(rf"([第前])\s*({_NUM})\s*(?:名(?![额单])|(?=才|就|也|都|吧|吗|以内|[，,。？?！!]|$))")


# The words for a placing that name no number: a title or a medal is the place it stands for ("要拿冠军才算吧" asserts
# 第1名, "拿了铜牌也算吧" 第3名). Not 冠军 of a trade ("制造业单项冠军", "隐形冠军" are kinds of firm), nor 一等奖 (a
# grade of award, not a rank in a contest).
MEDALS = {"冠军": "第1名", "金牌": "第1名", "金奖": "第1名", "头名": "第1名", "亚军": "第2名", "银牌": "第2名",
          "银奖": "第2名", "季军": "第3名", "铜牌": "第3名", "铜奖": "第3名"}
_MEDAL = re.compile(rf"(?<!单项)(?<!隐形)(?<!销售)(?:{'|'.join(MEDALS)})")


_JOINED = "和及与"


def placings_said(text: str) -> str:
    """``text`` with each medal or title word written as the placing it stands for."""
    return _MEDAL.sub(lambda m: MEDALS[m.group(0)], text or "")


def _placings(text: str, width: int = 8) -> list[tuple[float, str, str, str, str]]:
    """(number, 第 or 前, the words just before it, the placing as written, its sentence up to it) for each
    placing in ``text``; a medal or title word counts as its placing."""
    text = placings_said(text)
    out = []
    for m in _PLACING.finditer(text or ""):
        value = _value(m.group(2))
        if value is not None:
            edges = [e.end() for e in _CONTEXT_EDGE.finditer(text, 0, m.start())]
            start = max(edges[-1] if edges else 0, m.start() - 30)
            near = min(start, max(0, m.start() - width))
            # "世界技能大赛和国家级技能大赛的前3名": a placing shared by things joined with 和/及/与 is said of each of
            # them, so its own words reach back over the join to the clause's edge
            if near > start and text[near - 1] in _JOINED:
                near = start
            out.append((value, m.group(1), text[near:m.start()], m.group(0),
                        text[part_start(text, m.start()):m.start()]))
    return out


def _placing_correction(question: str, quote: str) -> str | None:
    """"省技能大赛前三名就能…吧" where the notice asks 省技能大赛的第1名: the placing said for the same contest
    decides. A 第N名 within a 前M名 (N <= M) satisfies it."""
    for value, kind, context, said, _ in _placings(question) if _placings(quote) else []:
        # a sentence whose placings are all another contest level's is no evidence against this one
        stated = same_qualifier(context, _placings(quote), lambda p: p[2], lambda p: p[4], strict=True)
        if not stated:
            continue
        overlaps = sorted(((shared_pairs(c, context), v, k, t) for v, k, c, t, _ in stated), reverse=True)
        best = overlaps[0]
        meant = best[0] > 0 and (len(overlaps) == 1 or best[0] > overlaps[1][0])
        within = kind == "第" and best[2] == "前" and value <= best[1]
        # "国家级大赛得拿第1名才行吧" where the notice takes any of the 前3名: a placing within the notice's, said as the
        # only one that counts, is stricter than the rule
        narrower = (kind == "前" and best[2] == "前" and value < best[1]) or (within and value < best[1])
        if meant and narrower and exclusive(question):
            return f"不对，通知写的是{best[3]}，不必非得{said}：见下面的原文。"
        if meant and (best[1], best[2]) != (value, kind) and not within:
            return f"不对，通知写的不是{said}，而是{best[3]}：见下面的原文。"
    return None


def _other_level(question: str, quote: str) -> bool:
    """Whether every placing the question asserts is of a contest level the quote's placings are not: the sentence
    is about another contest ("市级职业技能大赛第1名" for "省技能大赛得拿第1名吧"), no evidence on the asked one's
    level or place."""
    asked, stated = _placings(question), _placings(quote)
    return bool(asked and stated) and all(
        not same_qualifier(context, stated, lambda p: p[2], lambda p: p[4], strict=True)
        for _, _, context, _, _ in asked)


def _placing_agrees(question: str, quote: str) -> bool:
    """Whether every placing the question asserts is the one the quote states for the same qualifier."""
    asserted = _placings(question)
    if not asserted or not _placings(quote) or _other_level(question, quote):
        return False
    for value, kind, context, _, _ in asserted:
        stated = same_qualifier(context, _placings(quote), lambda p: p[2], lambda p: p[4])
        overlaps = sorted(((shared_pairs(c, context), v, k) for v, k, c, _, _ in stated), reverse=True)
        best = overlaps[0]
        meant = best[0] > 0 and (len(overlaps) == 1 or best[0] > overlaps[1][0])
        if not (meant and ((best[1], best[2]) == (value, kind) or (kind == "第" and best[2] == "前"
                                                                   and value <= best[1]))):
            return False
        if meant and (best[1], best[2]) != (value, kind) and exclusive(question):
            return False  # "得拿第1名才行" is no agreement with 前3名
    return True
