"""A quota asserted of a body the notice does not give it to ("我们区人社局能推4个，对吧" where "各区县(市)总工会推荐
不超过 4 名"): the count is right, the body holding it is not. Checked against the notice's sentences giving each
body its quota (duties.py's quota shape), wherever they are.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_quota_holder.py
"""

from __future__ import annotations

import re

__all__ = ["quota_holder_premise"]

_CLAUSE = re.compile(r"[，,。；;？?！!]")


def _quotas(corpus, program: str) -> list[tuple[str, float, str, str]]:
    """(who, count, clause_id, sentence) for each body the notice gives a quota of recommendations."""
    from assistant.chat.premise.counts import _claims_in_context
    from assistant.chat.premise.duties import duties

    out = []
    for who, what, cid, unit in duties(corpus, program):
        m = re.search(re.escape(who) + r"[^，,。；;]{0,20}?(?:名|人)", unit) if what == "推荐工作" else None
        counts = [v for v, u, _ in _claims_in_context(m.group(0))] if m else []
        if counts:
            out.append((who, counts[-1], cid, unit))
    return out


def quota_holder_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """("不对，…", (clause_id, sentence)) when the clause of ``question`` asserting a count of recommendations names a
    body, and the notice gives that count to other bodies and this one none; None otherwise."""
    from assistant.chat.premise.agents import bodies_in
    from assistant.chat.premise.counts import claims
    from assistant.chat.premise.duties import duties

    for clause in _CLAUSE.split(question or ""):
        said = [(v, u) for v, u in claims(clause) if u == "名"]
        asked = bodies_in(clause)
        if not said or len({(b.level, b.kind) for b in asked}) != 1:
            continue
        body = asked[0]
        quotas = _quotas(corpus, program)
        holders = [who for who, what, _, _ in duties(corpus, program) if what == "推荐工作"]  # a count read or not
        if any(any(b.kind == body.kind for b in bodies_in(who)) for who in holders):
            # a body of that kind has a quota of its own, whatever level each is said at ("区县总工会" of "各区、县
            # （市）总工会"): the count check reads it
            return None
        holding = [(who, cid, unit) for who, count, cid, unit in quotas if (count, "名") in said]
        if holding:
            who, cid, unit = holding[0]
            return f"不对，按通知原文，这一名额是给{who}的，不是{body.said}：见下面的原文。", (cid, unit)
    return None
