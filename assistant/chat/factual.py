"""Factual answers: the sentence that holds the asked value, in the asked programme's notice, or a plain
"the notice does not say" when no sentence there holds one.

A question is typed (``answer_types``); each retrieved clause offers its best unit holding a value of that type
(``quotes.typed_quote``); for a concrete type (money, a date, a count, a contact, a place) the asked
programme's whole notice is searched too, so the right sentence is found even when retrieval ranked a
neighbouring clause first. Nothing relevant enough holds the value: the notice is silent, and the answer says
so first, gives the contact, and only then, labelled 参考 and uncited, what another programme says.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from assistant.chat import templates as compose
from assistant.chat.answer import Citations
from assistant.chat.answer_types import AskedType, classify, focus, question_parts, threshold, untyped_weight
from assistant.chat.premise import correction, strip_claims, unit_pattern
from assistant.chat.quotes import Pick, typed_quote
from assistant.notices.tree import Corpus

__all__ = ["answer_question", "compare_sides", "rerank", "notice_picks"]

log = logging.getLogger(__name__)

_ASSERTING = re.compile(r"听说|据说|是不是|必须|只要|就行|就能|就可以|才能|应该没问题")
RANK_STEP = 0.15  # each place down the retrieval list costs this share of a clause's score
SCANNED_PRIOR = 0.7  # a clause found by scanning the notice, not by retrieval


def _program(clause_id: str) -> str:
    return clause_id.split("#", 1)[0]


def _value(pick: Pick, prior: float) -> float:
    return pick.score * prior * (1.0 if pick.holds else untyped_weight())


def rerank(corpus: Corpus, query: str, clause_ids: list[str], asked: AskedType, depth: int = 5,
           scan: tuple[str, ...] = (), ranked: bool = True, topic_of: str | None = None) -> list[Pick]:
    """Picks of the retrieved clauses (and of every clause of the ``scan`` programmes), best first.

    Retrieval ranks whole clauses; a clause can win on shared programme words while its neighbour holds the
    sentence asked about. The retrieval order still breaks ties. Relevance is scored on the topic of
    ``topic_of`` (default ``query``).
    """
    valued: dict[str, tuple[float, Pick]] = {}
    topic = focus(topic_of or query)
    for i, cid in enumerate(clause_ids[:depth]):
        pick = typed_quote(corpus.clause(cid), query, asked, focus=topic)
        valued[cid] = (_value(pick, max(SCANNED_PRIOR, 1 - RANK_STEP * i) if ranked else 1.0), pick)
    for program in scan:
        for clause in corpus.clauses(program):
            if clause.clause_id in valued or not clause.path:
                continue
            pick = typed_quote(clause, query, asked, focus=topic)
            if pick.holds:
                valued[clause.clause_id] = (_value(pick, SCANNED_PRIOR), pick)
    return [p for _, p in sorted(valued.values(), key=lambda t: -t[0])]


def _answering(picks: list[Pick], program: str | None = None) -> list[Pick]:
    """Picks that hold the asked value and are relevant enough to answer (in ``program`` if given)."""
    return [p for p in picks if p.holds and p.relevance >= threshold()
            and (program is None or _program(p.clause_id) == program)]


def notice_picks(corpus: Corpus, query: str, program: str, asked: AskedType) -> list[Pick]:
    """Every clause of one programme's notice, as picks answering ``query``, best first."""
    ids = [c.clause_id for c in corpus.clauses(program) if c.path]
    return rerank(corpus, query, ids, asked, depth=len(ids), ranked=False)


def answer_question(text: str, r, deps, cites: Citations) -> str:
    """The offline factual answer (``r`` is the turn's Route)."""
    corpus = deps.corpus
    asked = classify(text)
    retriever = deps.get_retriever()
    # An assumed edition is not a filter: "数字工匠提名奖" is answered by 首届 although 第四届 was assumed.
    program = r.programs[0] if len(r.programs) == 1 and not r.defaulted else None
    home = r.programs[0] if len(r.programs) == 1 else None
    hits = retriever.search(text, program=program, k=5)
    if not hits or not retriever.is_relevant(hits):
        return compose.refusal_text(corpus, list(r.programs))
    ids = list(dict.fromkeys(h.clause_id for h in hits))
    scan = (home,) if home and asked.strict else ()
    # A premise's own value ("是5月搞的吧") must not pull the quote toward a sentence that repeats it.
    scoring = text
    if _asserts(text, r):
        scoring = strip_claims(text)
        narrow = unit_pattern(text)  # "必须45岁以下？": the answer is the sentence that states an age
        if narrow:  # an asserted number makes it a question about that number ("占一半就行了吧")
            asked = replace(asked, narrow=narrow) if asked.strict else replace(
                asked, type="count", values="count", label="具体数量", strict=True, narrow=narrow)
    picks = rerank(corpus, scoring, ids, asked, scan=scan, topic_of=text)
    log.info("qa type=%s(%s) home=%s top=%s", asked.type, asked.source, home,
             [(p.clause_id, round(p.score, 2), p.holds) for p in picks[:3]])
    if asked.strict:
        answering = _answering(picks, home)
        if not answering:
            return _silent(text, asked, home, picks, r, deps)
        main = answering[0]
    else:
        in_home = [p for p in picks if home is None or _program(p.clause_id) == home]
        main = (in_home or picks)[0]
    quotes = [main, *_second(text, asked, main, picks, corpus)]
    premise = _premise(text, r, quotes)
    note = ""
    cited_programs = {_program(p.clause_id) for p in quotes}
    if r.defaulted and len(cited_programs) == 1:
        from assistant.programs import get_pack

        only = next(iter(cited_programs))
        if get_pack(only).current_of_series:
            note = f"（您没有说明是哪一届，以下按现行的{corpus.meta(only).short_name}回答。）\n"
    return note + compose.qa_text(corpus, cites, text, [(p.clause_id, p.quote) for p in quotes], deps.today,
                                  premise=premise)


def _second(text: str, asked: AskedType, main: Pick, picks: list[Pick], corpus: Corpus) -> list[Pick]:
    """A second quote only when it answers too: the other half of a two-part question, or another unit of the
    same programme holding the asked type. Never filler."""
    parts = question_parts(text)
    if len(parts) > 1:
        part = parts[1]
        part_type = classify(part)
        ids = list(dict.fromkeys([p.clause_id for p in picks]))
        for pick in rerank(corpus, part, ids, part_type):
            if pick.quote != main.quote and pick.score >= threshold() and (pick.holds or not part_type.strict):
                return [pick]
        return []
    for pick in picks[1:]:
        if (pick.holds and pick.score >= threshold() and pick.quote != main.quote
                and _program(pick.clause_id) == _program(main.clause_id)):
            return [pick]
    return []


def _asserts(text: str, r) -> bool:
    """A confirmation question ("…对吧") or one that states a rule to be checked ("听说必须45岁以下？")."""
    return bool(r.confirm or _ASSERTING.search(text))


def _premise(text: str, r, quotes: list[Pick]) -> str | None:
    if not _asserts(text, r):
        return None
    verdicts = [correction(text, p.quote) for p in quotes]
    wrong = [v for v in verdicts if v and v.startswith("不对")]
    if wrong:
        return wrong[0]
    return next((v for v in verdicts if v), None) if r.confirm else None


def _silent(text: str, asked: AskedType, home: str | None, picks: list[Pick], r, deps) -> str:
    """No sentence of the asked notice holds the asked value: say so first, then the contact, then 参考."""
    corpus = deps.corpus
    if home is None:
        return compose.refusal_text(corpus, list(r.programs))
    try:
        wider = deps.get_retriever().search(text, program=None, k=5)
    except Exception:  # noqa: BLE001 - 参考 is optional; the silent answer stands without it
        wider = []
    elsewhere = [p for p in _answering(rerank(corpus, text, [h.clause_id for h in wider], asked))
                 if _program(p.clause_id) != home]
    return compose.silent_text(corpus, home, asked.label, elsewhere[0] if elsewhere else None)


def compare_sides(text: str, topic: str, programs: list[str], deps, cites: Citations) -> str:
    """Side by side: for each programme the clause that holds the compared attribute, or "没有写明"."""
    corpus = deps.corpus
    asked = classify(text)
    retriever = deps.get_retriever()
    sides: list[tuple[str, Pick | None]] = []
    for program in programs:
        hits = retriever.search(topic, program=program, k=5)
        ids = list(dict.fromkeys(h.clause_id for h in hits))
        picks = rerank(corpus, topic, ids, asked, scan=(program,) if asked.strict else ())
        answering = _answering(picks, program)
        if answering:
            sides.append((program, answering[0]))
        elif not asked.strict and picks:
            sides.append((program, picks[0]))
        else:
            sides.append((program, None))
    if sum(p is not None for _, p in sides) == 0:
        return compose.refusal_text(corpus, programs)
    return compose.compare_text(corpus, cites, [(prog, p.clause_id if p else None, p.quote if p else None)
                                                for prog, p in sides], deps.today, label=asked.label)
