"""Pick the sentence(s) of a clause that answer a question, as exact substrings of the clause text.

Scoring is character-bigram overlap weighted by how rare a bigram is across the whole corpus, so words
that name the programme (第四届, 数字工匠), which occur everywhere, count for little.
"""

from __future__ import annotations

import functools
import math
import re

from .corpus import Clause, load_corpus

__all__ = ["sentences", "best_quote", "bigrams", "score"]

_SENTENCE_END = re.compile(r"(?<=[。；;！？!?])|\n+")
_SEGMENT_END = re.compile(r"(?<=[，,：:])")
_STOP = set("的了和与及或在是为对将由按等各之其中有于以上下可应吗呢啊吧")
MAX_QUOTE = 90


def bigrams(text: str) -> set[str]:
    """Character bigrams of the CJK/alnum content; pairs of function characters don't count."""
    chars = [c for c in text if c.isalnum()]
    grams = {a + b for a, b in zip(chars, chars[1:], strict=False)}
    return {g for g in grams if not (g[0] in _STOP and g[1] in _STOP)}


def sentences(text: str) -> list[str]:
    """Sentences of ``text``, stripped, each an exact substring of it."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


@functools.lru_cache(maxsize=1)
def _idf() -> tuple[dict[str, float], float]:
    docs = [bigrams(s) for c in load_corpus().clauses() for s in sentences(c.own_text)]
    df: dict[str, int] = {}
    for grams in docs:
        for g in grams:
            df[g] = df.get(g, 0) + 1
    n = len(docs)
    return {g: math.log((n + 1) / (d + 0.5)) for g, d in df.items()}, math.log(n + 1)


def score(query_grams: set[str], text: str) -> float:
    """IDF-weighted share of the query's bigrams found in ``text``, mildly favouring short text."""
    grams = bigrams(text)
    if not grams or not query_grams:
        return 0.0
    idf, unseen = _idf()
    hit = sum(idf.get(g, unseen) for g in query_grams & grams)
    return hit / (len(grams) ** 0.2)


def _window(sentence: str, query_grams: set[str]) -> str:
    """A long sentence is cut to the run of comma segments that carries the match."""
    if len(sentence) <= MAX_QUOTE:
        return sentence
    segs = [s for s in _SEGMENT_END.split(sentence) if s]
    best, best_score = sentence[:MAX_QUOTE], -1.0
    for i in range(len(segs)):
        text = ""
        for j in range(i, len(segs)):
            if len(text) + len(segs[j]) > MAX_QUOTE and text:
                break
            text += segs[j]
            s = score(query_grams, text)
            if s > best_score:
                best, best_score = text, s
    return best.strip().rstrip(",，:：、")


def best_quote(clause: Clause, query: str, extra_terms: tuple[str, ...] = (), max_sentences: int = 2) -> str:
    """The sentence(s) of ``clause`` closest to ``query``; always a substring of ``clause.text``."""
    grams = bigrams(query) | {g for t in extra_terms for g in bigrams(t)}
    body = clause.own_text or clause.text
    candidates = [s for s in sentences(body) if len(s) > 3 and s != clause.title]
    if not candidates:
        return clause.text.strip()[:MAX_QUOTE].strip()
    scored = sorted(((score(grams, s), i, s) for i, s in enumerate(candidates)), key=lambda t: (-t[0], t[1]))
    top_score, top_index, top = scored[0]
    quote = _window(top, grams)
    # A neighbouring sentence that also matches well is kept, when both are short.
    if max_sentences > 1 and len(scored) > 1 and quote == top:
        score2, index2, second = scored[1]
        if score2 >= 0.6 * top_score > 0 and abs(index2 - top_index) == 1:
            (_, first), (_, last) = sorted([(top_index, top), (index2, second)])
            start = body.find(first)
            end = body.find(last, start) + len(last)
            joined = body[start:end]
            if len(joined) <= MAX_QUOTE and joined in clause.text:
                quote = joined
    if quote not in clause.text:  # cannot happen: every candidate is cut from the clause text
        raise AssertionError(f"quote is not a substring of {clause.clause_id}")
    return quote
