"""A deterministic stand-in for the retriever, so chat logic is tested without the embedding model."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.notices.tree import load_corpus


@dataclass(frozen=True)
class FakeHit:
    clause_id: str
    program: str
    text: str
    score: float
    legs: tuple[str, ...] = ("bm25",)
    dense_score: float | None = None
    bm25_score: float | None = 20.0

    def to_json(self) -> dict:  # the shape of assistant.retrieval.hybrid.Hit.to_json's contract fields
        return {"clause_id": self.clause_id, "program": self.program, "text": self.text, "score": self.score}


class KeywordRetriever:
    """Ranks clauses by how many query bigrams their text shares; 'relevant' iff the best shares enough."""

    def __init__(self, min_shared: int = 4):
        self.corpus = load_corpus()
        self.min_shared = min_shared
        self.calls: list[tuple[str, str | None]] = []

    def search(self, query, program=None, k=5, *, skip=()):
        from assistant.chat.rules.quotes import bigrams

        self.calls.append((query, program))
        grams = bigrams(query)
        scored = []
        for clause in self.corpus.clauses(program):
            if not clause.path:
                continue
            shared = len(grams & bigrams(clause.own_text))
            scored.append((shared, clause))
        scored.sort(key=lambda t: (-t[0], t[1].start))
        return [FakeHit(c.clause_id, c.program, c.own_text, float(s), bm25_score=float(s)) for s, c in scored[:k]]

    def is_relevant(self, hits):
        return bool(hits) and hits[0].score >= self.min_shared


def talk(deps, *turns: str):
    """One session through ``turns``: the session afterwards and each turn's ``Answer``."""
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    session = Session()
    answers = [respond(session, t, deps) for t in turns]
    return session, answers


def ask_cited(deps, question: str):
    """One question in a fresh session: its ``Answer`` and the clause IDs it cites."""
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), question, deps)
    return answer, [c.clause_id for c in answer.citations]
