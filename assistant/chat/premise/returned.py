"""A paper said to be kept where the notice says it is given back: "首席技师佐证材料原件交上去就拿不回来了吧" against
"上级部门校验后，将原件退回" — the sentence saying so may follow the one retrieval picked ("佐证材料原件须报送上级部门校验"),
so it is looked up anywhere in the asked notice.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_returned.py
"""

from __future__ import annotations

import re

__all__ = ["kept_premise"]

# what the asker says happens to a paper handed in: kept, not given back (the class of ways to say so)
# (not 存档, 归档, 留存: a copy kept on file is no paper withheld, and the notices do not say)
_KEPT = re.compile(r"拿不回|要不回|回不来|(?:不|没)(?:会|再|给)?(?:退|还|返还|退还|退回)|收走|没收")
# what a notice says it does with a paper: gives it back
_GIVEN_BACK = re.compile(r"退回|退还|返还|发还")
# the papers a notice may give back, by the asker's word and the notice's
_PAPERS = re.compile(r"原件|证书|材料")


def kept_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """("不对，…", (clause_id, sentence)) when the question says a paper is kept and a sentence of ``program``'s
    notice gives that paper back (the one sharing most of the question's words); None otherwise."""
    from assistant.notices.text import letter_pairs, sentences

    said = [m for m in _PAPERS.finditer(question or "") if _KEPT.search(question[m.end():])]
    if not said:
        return None
    papers = {m.group(0) for m in said}
    words = letter_pairs(question)
    best = None
    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        for sentence in sentences(clause.own_text or clause.text):
            # the paper named is the one given back ("将原件退回", "原件校验后退回"), not a paper beside it ("佐证材料的
            # 原件…退回" gives back the 原件, not the 材料)
            named = [p for p in _ORDER if p in papers and re.search(rf"{p}[^，,。；;（(]{{0,6}}?(?:{_GIVEN_BACK.pattern})"
                                                                    rf"|(?:{_GIVEN_BACK.pattern}){p}", sentence)]
            back = _GIVEN_BACK.search(sentence)
            if back and named:
                # the sentence most about it: the share of its words the question has (a long sentence on another
                # route, "行业协会…应对佐证材料的原件进行校验（原件校验后退回)…", shares more words but less of itself)
                own = letter_pairs(sentence)
                score = (-_ORDER.index(named[0]), len(words & own) / max(len(own), 1))
                if best is None or score > best[0]:
                    best = (score, named[0], back.group(0), clause.clause_id, sentence.strip())
    if best is None:
        return None
    _, paper, verb, clause_id, sentence = best
    return f"不对，通知写的是校验后将{paper}{verb}：见下面的原文。", (clause_id, sentence)


_ORDER = ("原件", "证书", "材料")  # the most particular paper first
