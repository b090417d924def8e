"""The steps of a procedure, for procedure answers: the steps of the section an answering unit belongs to
("怎么评的"), the step after a named one ("初审过了以后下一步是什么"), and a heading's first sentence.

Split out of ``factual`` to keep it small; the section titles and the next-step cue are data
(``answer_types.toml``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.chat.answer_types import focus, table
from assistant.chat.quotes import Pick, bigrams
from assistant.notices.tree import Corpus

__all__ = ["MAX_STEPS", "steps_of", "next_step", "with_body"]

MAX_STEPS = 6


def _leaves(corpus: Corpus, clause_id: str) -> list[str]:
    clause = corpus.clause(clause_id)
    if not clause.children:
        return [clause_id]
    return [leaf for child in clause.children for leaf in _leaves(corpus, child)]


def steps_of(corpus: Corpus, main: Pick) -> list[Pick]:
    """For a question about the whole course ("怎么评的"), the steps of the procedure the answering unit belongs
    to, in the notice's order: the widest enclosing section titled as a procedure (section_titles in data)
    whose steps (its leaf clauses, else its direct parts) number at most MAX_STEPS. Empty when the answering
    unit is not one step of several."""

    titled = re.compile(table()["section_titles"])
    clause, chosen = corpus.clause(main.clause_id), []
    while clause.parent:
        parent = corpus.clause(clause.parent)
        if parent.depth < 1 or not titled.search(parent.title):
            break
        leaves = _leaves(corpus, parent.clause_id)
        units = leaves if len(leaves) <= MAX_STEPS else list(parent.children)
        if len(units) > MAX_STEPS:
            break
        chosen, clause = units, parent
    if len(chosen) < 2:
        return []
    return [Pick(cid, _step_line(corpus.clause(cid)), main.score, True, main.relevance) for cid in chosen]


def next_step(corpus: Corpus, text: str, answered: list[Pick]) -> list[Pick]:
    """"推荐上去以后区里会做什么": the step after the one the question names, among the steps of the procedure
    the answering unit belongs to (its section's steps, else its siblings), in the notice's order."""

    m = re.search(table()["next_step"], text)
    if not m or not answered:
        return answered
    main = answered[0]
    steps = [p.clause_id for p in steps_of(corpus, main)]
    if not steps:
        parent = corpus.clause(main.clause_id).parent
        steps = list(corpus.clause(parent).children) if parent else []
    if len(steps) < 2:
        return answered
    before = {g for chunk in focus(text[:m.start()]).split() for g in bigrams(chunk)}
    from assistant.chat.quotes import score

    def named(i: int) -> float:
        return score(before, _step_line(corpus.clause(steps[i])))

    # The step the question names: the one whose heading's name it says in full ("初审过了以后" names
    # "(1)初审…"); else the answering unit when it shares the question's words; else the best-sharing step.
    said = text[:m.start()]
    by_name = [i for i, cid in enumerate(steps) if (name := _step_name(corpus.clause(cid).title)) and name in said]
    first = steps.index(main.clause_id) if main.clause_id in steps else None
    if by_name:
        anchor = by_name[-1]
    elif first is not None and named(first) > 0:
        anchor = first
    else:
        anchor = max(range(len(steps)), key=lambda i: (named(i), -i))
        if named(anchor) <= 0:
            return answered
    if anchor + 1 >= len(steps):
        return answered
    following = steps[anchor + 1]
    return [replace(main, clause_id=following, quote=_step_line(corpus.clause(following)))]


_NUMBERING = re.compile(r"^\s*[\(（]?[一二三四五六七八九十0-9]+[\)）、.．]?\s*")


def _step_name(title: str) -> str:
    """"(1)初审…" -> "初审": a step's name, without its numbering."""
    return _NUMBERING.sub("", title or "").rstrip("…。：: ")


def _step_line(clause) -> str:
    """A step as the notice words it: the first line of the clause's own text ("(1) 初审。按照…")."""
    from assistant.chat.quotes import MAX_QUOTE

    line = next((ln.strip() for ln in clause.own_text.split("\n") if ln.strip()), clause.title)
    return line[:MAX_QUOTE]


def with_body(corpus: Corpus, text: str, answered: list[Pick]) -> list[Pick]:
    """A quote that is only a heading ("（四）发布阶段（2023年5月）") is followed by its clause's first own
    sentence, which says what the heading dates or names."""
    main = answered[0]
    clause = corpus.clause(main.clause_id)
    if main.quote.strip() != clause.own_text.strip().split("\n", 1)[0].strip() or "\n" not in clause.own_text.strip():
        return answered
    from assistant.chat.quotes import first_unit

    body = first_unit(clause)
    if not body or body == main.quote:
        return answered
    return [main, replace(main, quote=body)] + answered[1:]
