"""The programme a question means when it names none, read from its words: "优先推荐企业类型只能选一个吗",
"提名奖一共几个名额", "脱密公示要几天" ask about a thing only one notice has (its form's 企业类型 row, 首届's
提名奖, the 浙派 办法's 脱密公示), so that notice answers, with a note saying why; guessing another programme or
refusing both answer something not asked.

A term is a run of one to three of the question's content words (jieba), at least three characters, that occurs
in exactly one notice's text. Every such term must point to the same notice; a question whose terms point to
two notices, or whose words all occur in several, is left as it was (the factual path's own handling).

Run with:  python -c "from assistant.chat.rules.sole_notice import sole_owner; from assistant.notices.tree import \
load_corpus; print(sole_owner(load_corpus(), '提名奖一共几个名额'))"
"""

from __future__ import annotations

import functools
import re

from assistant.chat.rules.programme_words import without_programme
from assistant.notices.tree import Corpus

__all__ = ["sole_owner", "owner_note"]

# jieba tags of words that carry a thing: nouns, verbs and verbal nouns, adjectives, idioms and abbreviations,
# and the notices' own terms (tagged x or eng by the shared segmenter). Pronouns, particles, numerals, adverbs,
# conjunctions and prepositions carry none: a run holding one is no term.
_CONTENT = re.compile(r"n[a-z]*|v[a-z]*|a[a-z]*|j|l|i|x|eng|b")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
# a question about the programmes themselves, or about each of them, has no single owner
_ACROSS = re.compile(r"哪个项目|哪些项目|哪几个|各个项目|各项目|几个项目|这几个|五个|都有|分别")
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=4)
def _texts(corpus: Corpus) -> tuple[tuple[str, str], ...]:
    """(programme, its whole notice without whitespace) for each notice; the notices write "40 周岁"."""
    out = []
    for program in corpus.program_ids:
        clauses = corpus.clauses(program)
        out.append((program, _SPACE.sub("", "".join(c.own_text for c in clauses))))
    return tuple(out)


def _terms(text: str) -> list[str]:
    from assistant.retrieval.segment import tags

    words = [(w, f) for w, f in tags(without_programme(text)) if w.strip()]
    out = []
    for i in range(len(words)):
        for n in (1, 2, 3):
            run = words[i:i + n]
            if len(run) < n or not all(_CONTENT.fullmatch(f) and _CJK.fullmatch(w) for w, f in run):
                continue
            term = "".join(w for w, _ in run)
            if len(term) >= 3:
                out.append(term)
    return out


def _asks_condition(text: str) -> bool:
    """A condition on applicants ("有没有年龄限制", "公务员能报吗") is one every notice rules on or is silent on;
    the conditions answer takes each programme in turn, so one notice's wording ("不受年龄限制") does not own it.
    A skill certificate is left out: 证书 is also the certificate awarded ("证书是省政府发还是人社厅发")."""
    from assistant.chat.rules.conditions import attributes

    return any(a.key != "skill" and a.ask.search(text) for a in attributes())


def sole_owner(corpus: Corpus, text: str) -> tuple[str, str] | None:
    """(programme, the term only its notice has) when the question's terms occur in one notice only, else None."""
    if _ACROSS.search(text or "") or _asks_condition(text or ""):
        return None
    texts = _texts(corpus)
    owners: dict[str, str] = {}
    for term in _terms(text or ""):
        having = [p for p, body in texts if term in body]
        if len(having) == 1:
            owners.setdefault(having[0], term)
    if len(owners) != 1:
        return None
    program, term = next(iter(owners.items()))
    return program, term


def owner_note(corpus: Corpus, program: str, term: str) -> str:
    return f"（您没有说明是哪个项目；“{term}”只在{corpus.meta(program).short_name}的通知里出现，以下按它回答。）"
