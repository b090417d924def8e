"""The sentence of a procedure that names its course in one line ("按照资格审核、专家评审、社会公示、领导小组审定等四个
环节进行"): listed step by step, the course is led by it, since it is the notice's own answer to "要经过哪几个环节" and
the steps after it only spell each one out.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_course_lead.py
"""

from __future__ import annotations

import re

from assistant.chat.rules.quotes import Pick
from assistant.chat.rules.steps import names_course
from assistant.notices.tree import Corpus

__all__ = ["course_lead"]

# a step's name opening its line, after any numbering: "资格审核。所有推荐人选…", "(一) 单位申报。由个人…"
_STEP_NAME = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十0-9]{1,3}[)）.、．]?\s*)?([\u4e00-\u9fff]{2,8})[。．.：:]")


def course_lead(corpus: Corpus, steps: list[Pick]) -> Pick | None:
    """The line of the steps' own clause (the one clause of paragraphs laid out as steps, else the section holding
    them) that names the course itself, every step by its name, and is none of the steps; None when no line does
    ("自由职业者应通过…校验…评议…公示" names steps of its own, not the course listed)."""
    names = [m.group(1) for m in (_STEP_NAME.match(p.quote) for p in steps) if m]
    if len(steps) < 2 or len(names) < len(steps):
        return None
    ids = list(dict.fromkeys(p.clause_id for p in steps))
    owner = corpus.clause(ids[0]) if len(ids) == 1 else corpus.clause(corpus.clause(ids[0]).parent or ids[0])
    quoted = [p.quote for p in steps]
    for line in (ln.strip() for ln in (owner.own_text or "").split("\n")):
        if line and names_course(line) and all(n in line for n in names) \
                and not any(line in q or q in line for q in quoted):
            return Pick(owner.clause_id, line, steps[0].score, True, steps[0].relevance)
    return None
