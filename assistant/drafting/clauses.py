"""One achievement text, several facts: split it into the facts it states, each to be written once.

People list their deeds in one breath ("主导了X，参与制定了2项标准，2024年获Y奖，带了6个徒弟"). Written as one
item, the whole run lands under one lead-in (标准化建设) and the award and apprentices, which the extractor also
reads as structured facts, are said a second time. Here a text is cut at its clauses, and a clause that starts
a new deed (a deed verb, or a year, at its head) starts a new fact; a clause that does not (a result: "废品率从8%
降到1%", "服务企业300家") stays with the deed before it. A fact that a structured field already states (an
award, a title, the apprentices, a competition place) is left to that field.
"""

from __future__ import annotations

import re

from assistant.drafting.text import normalize

__all__ = ["fact_clauses", "covered", "split_parts", "DEED_START", "DEED_VERB"]

_CUT = re.compile(r"[，,；;。！!？?]+")
# What may stand before a deed verb: a year or date, a subject pronoun, an adverb of sequence.
_HEAD = re.compile(r"^(?:\d{4}\s*年(?:\d{1,2}\s*月)?(?:份|度)?(?:起|以来|开始)?|该同志|他|她|我们|我|本人|团队|先后|曾经?|还|也|又"
                   r"|并|同时|此外|另外|另|近年来|多年来|期间|其间)*")
# Verbs that open a deed of its own. Verbs that state a result of the deed before them (服务, 使, 实现,
# 提升, 降低, 节约 …) are deliberately not here: "打造AI智能体，服务企业300家" is one fact.
_DEED_VERBS = (r"主导|主持|牵头|负责|参与|参加|带领|带了|带出|带徒|带教|授徒|收徒|培养|指导|传授|获|荣获|获得|获评|夺得|取得|拿了|拿过|拿到"
               r"|被评为|被授予|评为|入选|当选|制定|起草|编制|编写|修订|研发|研制|开发|设计|建立|建设|创建|创立|组建|搭建|打造|完成|攻克"
               r"|突破|解决|改进|改造|革新|发明|创造|总结|提炼|提出|申请|授权|拥有|持有|担任|承担|领衔|发表|出版|推广|推动|开展|组织|构建"
               r"|创办|开设|开办|成立|优化|钻研|攻关")
DEED_START = re.compile(rf"^(?:{_DEED_VERBS})")
DEED_VERB = re.compile(_DEED_VERBS)  # a deed said anywhere in a message


def _starts_deed(clause: str) -> bool:
    head = _HEAD.match(clause)
    rest = clause[head.end():] if head else clause
    return bool(DEED_START.match(rest)) or bool(head and head.group(0) and re.match(r"\d{4}", clause))


_OPEN, _CLOSE = "“《「‘(（", "”》」’)）"


def _parts(text: str) -> list[str]:
    """``text`` cut at clause punctuation outside quotes and brackets (a name may hold a comma: “精益、智造”)."""
    parts, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and _CUT.match(ch):
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    if depth:  # an unbalanced quote: its span cannot be told, so the text stays whole
        return [text]
    return [p.strip() for p in parts if p.strip()]


def split_parts(text: str) -> list[str]:
    """``text``'s clauses, cut outside quotes and brackets (the cuts ``fact_clauses`` joins again by deed)."""
    return _parts(text or "")


def fact_clauses(text: str) -> list[str]:
    """The facts ``text`` states, in order: one per deed, a result clause kept with its deed."""
    parts = _parts(text or "")
    facts: list[str] = []
    for part in parts:
        if facts and not _starts_deed(part):
            facts[-1] = f"{facts[-1]}，{part}"
        else:
            facts.append(part)
    return facts


# The words around a structured fact when it is said in a sentence: what is left once they and the fact are
# taken out shows whether the clause says anything more.
_FRAME = re.compile(r"\d{4}\s*年(?:度)?|[0-9一二三四五六七八九十]+\s*(?:个|名|位)?|荣获|获得|获评|被评为|被授予|评为|获|拿了|拿到|拿过"
                    r"|夺得|取得|带了|带出|个人|团体|第|名|等奖|冠军|亚军|季军|金牌|银牌|铜牌|称号|荣誉|在|中|的|了|过|还|也|曾|该同志|他|她|我"
                    r"|多?年|多|干|做|从事|工作|一直|本人|个人|是|为")


def covered(clause: str, stated: list[str]) -> bool:
    """Whether ``clause`` only says what the structured facts ``stated`` say (an award's name, a title, the
    apprentices, a competition): then writing it as well would say that fact twice."""
    said = normalize(clause)
    if len(said) >= 4 and any(said in normalize(x) for x in stated if x):
        return True  # "带了6个徒弟" within the apprentices field "带了6个徒弟，带出来3个技师"
    hit = False
    for s in sorted((normalize(x) for x in stated if x), key=len, reverse=True):
        if len(s) >= 2 and s in said:
            said, hit = said.replace(s, ""), True
    return hit and len(_FRAME.sub("", said).strip("，,、；;：:")) <= 2
