"""A premise on which body holds a duty, checked against the notice's sentences dividing the duties.

Notices say who does what as "X负责Y" ("市委宣传部负责“杭州工匠” 的宣传工作") or "Y由X负责" ("推荐工作由区、县(市)
人力社保部门及市各主管部门、行业协会负责进行"). A premise giving a duty to a body ("宣传工作归市总工会管吧",
"推荐工作是区总工会负责的吧", "是市人社局牵头组织的吧") is wrong when the sentence holding that duty names other
bodies; the answer says who the notice names and quotes it. Bodies are compared by level and kind (agents.py), so
市人社局 is the 市人力社保局 of a notice.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_duties.py
"""

from __future__ import annotations

import functools
import re

__all__ = ["duties", "duty_premise"]

# How a notice divides a duty and how an asker gives one: the 负责单位 row of notice_attributes.toml, read once.
_CLAUSE_EDGE = re.compile(r"[，,。；;？?！!]")
# words of the asker's that say nothing of which duty
_FILLER = re.compile(r"是|的|吧|吗|对|不对|归|由|来|都|也|应该|好像|听说|我记得|那个|这个|[，,。？?！!]")


@functools.lru_cache(maxsize=1)
def _shapes() -> dict[str, re.Pattern]:
    """The [attribute.duty] patterns of the table, compiled: holds, held_by, no_body, quota, quota_lead, gives, to_body,
    set_up."""
    from assistant.chat.rules.notice_attributes import rows

    return {k: re.compile(v) for k, v in next(r for r in rows("duty"))["duty"].items()}


def duties(corpus, program: str) -> list[tuple[str, str, str, str]]:
    """(body as written, duty, clause_id, sentence) for each sentence of ``program``'s notice dividing a duty."""
    from assistant.chat.premise.step_order import units

    shape = _shapes()
    out = []
    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        for unit in units(clause):
            for pattern in (shape["held_by"], shape["holds"], shape["set_up"]):
                m = pattern.search(unit)
                if m and not shape["no_body"].search(m.group("who")):
                    who = m.group("who").strip().lstrip("、.．").strip()  # "1、市总工会负责…": the item's number is no body
                    out.append((who, m.group("what"), clause.clause_id, unit))
                    break
            for m in shape["quota"].finditer(unit):  # each body given a quota recommends
                who = shape["quota_lead"].sub("", m.group("who").strip().lstrip("、.．").strip())
                if who and not shape["no_body"].search(who):
                    out.append((who, "推荐工作", clause.clause_id, unit))
    return out


def duty_premise(corpus, program: str, question: str) -> tuple[str, list[tuple[str, str]]] | None:
    """("不对，…", the sentences holding the duty) when ``question`` gives a duty to a body the sentence dividing it
    does not name, ("是的，…", them) when it names it; None when it gives none or no sentence divides that duty."""
    from assistant.chat.premise.agents import acting_in
    from assistant.chat.routing import topic_only, without_programme
    from assistant.notices.text import bigrams

    bare = without_programme(topic_only(question or ""))
    said = acting_in(bare)  # "领导小组是市人社局牵头成立的": the body set up is the topic, not the one acting
    if len(said) != 1:
        return None
    body = said[0]
    # the duty is given in the body's own clause ("推荐工作是区总工会负责的吧"); a verb in another clause of the message
    # gives it nothing ("在市总工会职工技术协作网上自荐报名，对吧？我没单位推荐": 市总工会 owns the site there)
    edges = [0] + [m.end() for m in _CLAUSE_EDGE.finditer(bare)] + [len(bare) + 1]
    start, end = max(e for e in edges if e <= body.start), min(e for e in edges if e > body.start)
    if not _shapes()["gives"].search(bare[start:end]) or _shapes()["to_body"].search(bare[start:body.start]):
        return None
    # and the duty is what the message says up to the end of that clause: what the asker adds after it is their own
    # remark ("是省人力社保厅组织专家评审的，对吧？我们市里只管推荐": 推荐 is no part of the duty asked)
    bare = bare[:end]
    asked = bigrams(_FILLER.sub(" ", bare[:body.start] + " " + bare[body.end:]))
    scored = [(len(asked & bigrams(what)), who, cid, unit) for who, what, cid, unit in duties(corpus, program)]
    best = max((s for s, *_ in scored), default=0)
    if best == 0:
        return None
    every = [(who, cid, unit) for s, who, cid, unit in scored if s == best]  # each body holding the duty
    held = every[:2]  # the sentences quoted and named
    names = "、".join(dict.fromkeys(who for who, _, _ in held))
    quotes = list(dict.fromkeys((cid, unit) for _, cid, unit in held))
    # what the premise says beside the body and the verb giving the duty must all be the sentence's own words
    rest = bigrams(_FILLER.sub(" ", _shapes()["gives"].sub(" ", bare[:body.start] + " " + bare[body.end:])))
    named = [(who, cid, unit) for who, cid, unit in every if _names(who, body)]
    if named and rest <= set().union(*(bigrams(u) for _, _, u in named)):
        # "首席技师是区人社局推荐的吧": the body is among those the sentence names, which the answer says first, so
        # no narrower sentence (where the papers go, "报市人力社保局") is read as contradicting it; only when the
        # premise says nothing the sentence does not ("自由职业者直接找区人社局推荐" adds a route of its own)
        return (f"是的，通知写的是由{'、'.join(dict.fromkeys(w for w, _, _ in named[:2]))}负责：见下面的原文。",
                list(dict.fromkeys((cid, unit) for _, cid, unit in named[:2])))
    if named:
        return None
    return f"不对，通知写的是由{names}负责，不是{body.said}：见下面的原文。", quotes


def _names(who: str, body) -> bool:
    """Whether the bodies written in ``who`` include ``body`` (same kind, and the same level when both say one)."""
    from assistant.chat.premise.agents import bodies_in

    return any(b.kind == body.kind and (not b.level or not body.level or b.level == body.level)
               for b in bodies_in(who))
