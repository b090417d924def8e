"""A premise on which body holds a duty, checked against the notice's sentences dividing the duties.

Notices say who does what as "X负责Y" ("市委宣传部负责“杭州工匠” 的宣传工作") or "Y由X负责" ("推荐工作由区、县(市)
人力社保部门及市各主管部门、行业协会负责进行"). A premise giving a duty to a body ("宣传工作归市总工会管吧",
"推荐工作是区总工会负责的吧", "是市人社局牵头组织的吧") is wrong when the sentence holding that duty names other
bodies; the answer says who the notice names and quotes it. Bodies are compared by level and kind (agents.py), so
市人社局 is the 市人力社保局 of a notice.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_duties.py
"""

from __future__ import annotations

import re

__all__ = ["duties", "duty_premise"]

# "X负责Y" and "Y由X负责": the body and the duty
# (负责人 is a post, "本人对…负责" a pledge on a form: no duty divided)
_HOLDS = re.compile(r"(?P<who>[^，,。；;：:\d\t]{2,30}?)负责(?!人)(?P<what>[^。；;]{2,40})")
_HELD_BY = re.compile(r"(?P<what>[^，,。；;：:]{2,20}?)由(?P<who>[^。；;]{2,40}?)负责(?!人)")
_NO_BODY = re.compile(r"本人|个人|就|需")
# how an asker gives a duty to a body: 归…管, …负责, 牵头, 组织, 主抓, 管
# and the act itself when the duty is recommending ("是各区总工会推荐上去的吧"), not 推荐材料/推荐表 handed in somewhere
_GIVES = re.compile(r"负责|管|牵头|组织|主抓|抓|主办|搞|推荐(?!材料|表|信息|汇总)|推上去|往上推")
_CLAUSE_EDGE = re.compile(r"[，,。；;？?！!]")
# words of the asker's that say nothing of which duty
_FILLER = re.compile(r"是|的|吧|吗|对|不对|归|由|来|都|也|应该|好像|听说|我记得|那个|这个|[，,。？?！!]")


def duties(corpus, program: str) -> list[tuple[str, str, str, str]]:
    """(body as written, duty, clause_id, sentence) for each sentence of ``program``'s notice dividing a duty."""
    from assistant.chat.step_order import units

    out = []
    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        for unit in units(clause):
            for pattern in (_HELD_BY, _HOLDS):
                m = pattern.search(unit)
                if m and not _NO_BODY.search(m.group("who")):
                    who = m.group("who").strip().lstrip("、.．").strip()  # "1、市总工会负责…": the item's number is no body
                    out.append((who, m.group("what"), clause.clause_id, unit))
                    break
            for m in _QUOTA.finditer(unit):  # each body given a quota recommends
                who = _QUOTA_LEAD.sub("", m.group("who").strip().lstrip("、.．").strip())
                if who and not _NO_BODY.search(who):
                    out.append((who, "推荐工作", clause.clause_id, unit))
    return out


# A quota given to a body says that body recommends ("各区县(市)总工会推荐不超过 4 名", "各类协会推荐名额一般分别不超过 2
# 人", "各产业工会推荐人数一般不超过5名"); "其中…的" before it narrows, it names no other body.
_QUOTA = re.compile(r"(?P<who>[^，,。；;：:\d]{2,30}?)(?:可|各)?推荐(?:人数|名额|总数)?(?:一般)?(?:分别)?\s*"
                    r"(?:不超过|[0-9０-９]|[一二三四五六七八九十]+名)")
_QUOTA_LEAD = re.compile(r"^(?:其中|另外)?[^、]*?的(?=[^的]*$)|^(?:其中|另外)")


def duty_premise(corpus, program: str, question: str) -> tuple[str, list[tuple[str, str]]] | None:
    """("不对，…", the sentences holding the duty) when ``question`` gives a duty to a body the sentence dividing it
    does not name, ("是的，…", them) when it names it; None when it gives none or no sentence divides that duty."""
    from assistant.chat.agents import bodies_in
    from assistant.chat.routing import topic_only, without_programme
    from assistant.notices.text import bigrams

    bare = without_programme(topic_only(question or ""))
    said = bodies_in(bare)
    if len(said) != 1:
        return None
    body = said[0]
    # the duty is given in the body's own clause ("推荐工作是区总工会负责的吧"); a verb in another clause of the message
    # gives it nothing ("在市总工会职工技术协作网上自荐报名，对吧？我没单位推荐": 市总工会 owns the site there)
    edges = [0] + [m.end() for m in _CLAUSE_EDGE.finditer(bare)] + [len(bare) + 1]
    start, end = max(e for e in edges if e <= body.start), min(e for e in edges if e > body.start)
    if not _GIVES.search(bare[start:end]):
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
    rest = bigrams(_FILLER.sub(" ", _GIVES.sub(" ", bare[:body.start] + " " + bare[body.end:])))
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
    from assistant.chat.agents import bodies_in

    return any(b.kind == body.kind and (not b.level or not body.level or b.level == body.level)
               for b in bodies_in(who))
