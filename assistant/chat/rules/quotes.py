"""Pick the sentence(s) of a clause that answer a question, as exact substrings of the clause text.

Scoring is character-bigram overlap weighted by how rare a bigram is across the whole corpus, so words
that name the programme (第四届, 数字工匠), which occur everywhere, count for little.
"""

from __future__ import annotations

import functools
import math
import operator
import re
import threading
from dataclasses import dataclass, field

import numpy as np

from assistant.notices.text import STOP_CHARS, bigrams, sentences
from assistant.notices.tree import Clause, load_corpus

__all__ = ["keep_quoted", "sentences", "first_unit", "asks_form_field", "best_quote", "scored_quote", "typed_quote", "Pick", "bigrams", "score", "is_form_row",
           "FORM_ROW_WEIGHT"]

_SEGMENT_END = re.compile(r"(?<=[，,：:])")
MAX_QUOTE = 120


def _idf() -> tuple[dict[str, float], float]:
    """Bigram weights over every registered notice (rebuilt when a programme is registered)."""
    from assistant.programs import generation

    return _idf_of(generation())


@functools.lru_cache(maxsize=2)
def _idf_of(generation: int) -> tuple[dict[str, float], float]:
    docs = [bigrams(s) for c in load_corpus().clauses() for s in sentences(c.own_text)]
    df: dict[str, int] = {}
    for grams in docs:
        for g in grams:
            df[g] = df.get(g, 0) + 1
    n = len(docs)
    return {g: math.log((n + 1) / (d + 0.5)) for g, d in df.items()}, math.log(n + 1)


_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is str.isalnum() plus "_"
_STOP_PAIRS = frozenset(a + b for a in STOP_CHARS for b in STOP_CHARS)


@functools.lru_cache(maxsize=8192)
def _text_grams(text: str) -> set[str]:
    """``bigrams(text)`` (the same set, built in the same order), with the per-character work done by the
    regex engine and ``map``: scoring every sentence of a long clause is the rerank's cost. Remembered, as a
    clause's sentences are scored again for every question that reaches it; callers only read it."""
    chars = _NOT_ALNUM.sub("", text)
    return set(map(operator.add, chars, chars[1:])) - _STOP_PAIRS


def score(query_grams: set[str], text: str) -> float:
    """IDF-weighted share of the query's bigrams found in ``text``, mildly favouring short text."""
    return _score(query_grams, text, *_idf())


def _score(query_grams: set[str], text: str, idf: dict[str, float], unseen: float) -> float:
    """``score`` with the weights given (looking them up costs more than scoring a sentence)."""
    grams = _text_grams(text)
    if not grams or not query_grams:
        return 0.0
    hit = sum(idf.get(g, unseen) for g in query_grams & grams)
    return hit / (len(grams) ** 0.2)


def _window(sentence: str, query_grams: set[str], must: re.Pattern | None = None) -> str:
    """A long sentence is cut to the run of comma segments that carries the match (and, when ``must`` is
    given, a value it matches: the asked date or amount must not be cut off).

    Only the runs sharing a bigram with the question are scored; any other run scores exactly 0, as ``score``
    would give it. (A unit can be a whole long clause, with thousands of runs: scoring each was seconds.)"""
    if len(sentence) <= MAX_QUOTE:
        return sentence
    segs = [s for s in _SEGMENT_END.split(sentence) if s]
    chars = [_NOT_ALNUM.sub("", s) for s in segs]
    # whether each segment holds a bigram of the question, and whether the pair across the joint before it does
    # (joined to the last segment with characters, at index ``joint_from``)
    seg_hit = [bool(query_grams) and not query_grams.isdisjoint(set(map(operator.add, c, c[1:])) - _STOP_PAIRS)
               for c in chars]
    joint_from, joint_hit, prev = [-1] * len(segs), [False] * len(segs), -1
    for j, c in enumerate(chars):
        if not c:
            continue
        if prev >= 0:
            pair = chars[prev][-1] + c[0]
            joint_from[j], joint_hit[j] = prev, pair in query_grams and pair not in _STOP_PAIRS
        prev = j
    idf, unseen = _idf()
    best, best_score = sentence[:MAX_QUOTE], -1.0
    for i in range(len(segs)):
        text, hit = "", False
        for j in range(i, len(segs)):
            if len(text) + len(segs[j]) > MAX_QUOTE and text:
                break
            text += segs[j]
            hit = hit or seg_hit[j] or (joint_hit[j] and joint_from[j] >= i)
            # every value asked about that fits ("5年以上 … 在浙全职工作 1年以上"), then the words
            s = (_score(query_grams, text, idf, unseen) if hit else 0.0) + (
                1000.0 * len(must.findall(text)) if must is not None else 0.0)
            if s > best_score:
                best, best_score = text, s
    return best.strip().rstrip(",，:：、")


def _candidates(clause: Clause, query: str, keep_heading: bool = False) -> list[str]:
    """Quotable units of the clause's own text: a short paragraph whole, a long one sentence by sentence.

    A sentence that is only an inline heading ("（四）专家评审。") is joined to the sentence after it, and
    lines that merely list or title attachments are skipped unless the question is about attachments.
    With ``keep_heading`` the heading line is a unit too ("（三）评审阶段（2023年4月）" holds a date).
    """
    wants_attachment = "附件" in query
    title_line = clause.title.split(" ", 1)[1] if clause.title.startswith("附件") and " " in clause.title else None
    out: list[str] = []
    for line in (ln.strip() for ln in (clause.own_text or clause.text).split("\n")):
        if not line or re.fullmatch(r"附件\s*\d*", line):
            continue
        if (line == clause.title or line == title_line) and not keep_heading:
            continue
        if line.startswith("附件：") and not wants_attachment:
            continue
        if len(line) <= MAX_QUOTE:
            out.append(line)
            continue
        merged: list[tuple[int, int]] = []  # (start, end) in ``line``, found left to right: linear in its length
        cursor = 0
        for part in sentences(line):
            at = line.find(part, cursor)
            cursor = at + len(part)
            if merged and (merged[-1][1] - merged[-1][0] < 12 or (
                    cursor - merged[-1][0] <= MAX_QUOTE and continues(line[merged[-1][0]:merged[-1][1]], part))):
                merged[-1] = (merged[-1][0], cursor)
            else:
                merged.append((at, cursor))
        out.extend(line[a:b] for a, b in merged)
    return out or [clause.text.strip()]


# A sentence that opens by taking up the act of the sentence before it ("佐证材料原件须报送上级部门校验。上级部门校验后，
# 将原件退回。", "…进行公示。公示无异议的，将…报送"): its opening stretch ends in 后 or in what the act came to (无异议的,
# 通过的), and it says the act again. Quoted alone it answers nothing ("校验后" of what?).
_TAKES_UP = re.compile(r"^([^，,。；]{2,16}?)(?:以后|之后|后|无异议的|通过的|完成后|结束后)[，,]")


def continues(before: str, sentence: str) -> bool:
    """Whether ``sentence`` carries on the act ``before`` ends with: it opens with a stretch ending in 后 (or 无异议的 …)
    whose words share a two-character word with the end of ``before``."""
    m = _TAKES_UP.match(sentence.strip())
    if not m:
        return False
    tail = re.split(r"[，,]", before.strip().rstrip("。；;"))[-1]
    said = {m.group(1)[i:i + 2] for i in range(len(m.group(1)) - 1)}
    return any(g in tail for g in said if re.fullmatch(r"[\u4e00-\u9fff]{2}", g))


def _query_grams(query: str, extra_terms: tuple[str, ...] = ()) -> set[str]:
    from assistant.chat.routing import topic_only
    from assistant.notices.vocabulary import expansions

    terms = (*extra_terms, *expansions(query))
    return bigrams(topic_only(query)) | {g for t in terms for g in bigrams(t)}


def scored_quote(clause: Clause, query: str, extra_terms: tuple[str, ...] = ()) -> tuple[float, str]:
    """The sentence or short paragraph of ``clause`` closest to ``query``, with its score (to choose between
    clauses). The quote is always a substring of ``clause.text``."""
    grams = _query_grams(query, extra_terms)
    candidates = _candidates(clause, query)
    best_score, _, best = max((score(grams, c), -i, c) for i, c in enumerate(candidates))  # first of the best
    quote = _window(best, grams)
    if quote not in clause.text:  # cannot happen: every candidate is cut from the clause text
        raise AssertionError(f"quote is not a substring of {clause.clause_id}")
    return best_score, quote


# A document a notice cites (《关于…的通知》) is no paper to hand in: a materials list does not count it.
_CITED_DOCUMENT = re.compile(r"(通知|办法|细则|意见|方案|决定|规定|条例)[>》]*》$")


def _form_field(query: str) -> float:
    """The weight of a form row for ``query``: above 1 when it asks about one field of a form."""
    from assistant.chat.rules.answer_types import table

    return float(table()["form_field_weight"]) if re.search(table()["form_field"], query or "") else 1.0


def asks_form_field(query: str) -> bool:
    return _form_field(query) > 1.0


def first_unit(clause: Clause) -> str:
    """The clause's first quotable unit after its heading (its first own sentence, or short paragraph)."""
    units = _candidates(clause, "")
    return _window(units[0], set()) if units else ""


def best_quote(clause: Clause, query: str, extra_terms: tuple[str, ...] = ()) -> str:
    """The quote of ``scored_quote`` alone."""
    return scored_quote(clause, query, extra_terms)[1]


@functools.lru_cache(maxsize=256)
def _focus_grams(focus: str) -> frozenset[str]:
    """Bigrams of a question's topic and of the notice wording its words expand to (报名 -> 申报, 推荐)."""
    from assistant.notices.vocabulary import expansions

    return frozenset(bigrams(focus) | {g for t in expansions(focus) for g in bigrams(t)})


# A row of a form (cells separated by tabs, tick boxes) states what to fill in, not a rule: it answers only a
# question about the form itself.
_FORM_ROW = re.compile(r"\t|□")
_ANAPHOR = re.compile(r"[（(]?\s*(?:以上|上述|上列|前述)")  # a sentence about what the clause said before it
_ASKS_FORM = re.compile(r"表|栏|填|勾|格式|照片|签字|签名|盖章")
FORM_ROW_WEIGHT = 0.5


def is_form_row(text: str) -> bool:
    return bool(_FORM_ROW.search(text or ""))


@dataclass(frozen=True)
class Pick:
    """One quotable unit of a clause, scored against a question of a given answer type."""

    clause_id: str
    quote: str
    score: float  # relevance to the question (IDF-weighted bigrams, with the vocabulary's expansions)
    holds: bool  # the unit holds a value of the asked type
    relevance: float = 0.0  # relevance to the question's topic alone (no question words, no expansions)


_GRAM_IDS: dict[str, int] = {}  # every bigram of a scored unit -> a small int, for the arrays of ``_Units``
_GRAM_LOCK = threading.Lock()


@dataclass(eq=False)
class _Units:
    """A clause's quotable units (``_candidates``) and what scoring them needs, computed once per clause: a
    turn used to re-split each retrieved clause and rebuild every sentence's bigram set, which grows with the
    clause (a turn at 100x the notices took 420 ms p95, most of it here)."""

    texts: list[str]
    codes: np.ndarray  # the ids of each unit's bigrams (``_text_grams``), unit after unit
    owner: np.ndarray  # the unit of each entry of ``codes``
    norms: np.ndarray  # len(bigrams) ** 0.2 per unit (1.0 for a unit without bigrams: it scores 0)
    rows: tuple[bool, ...]  # whether each unit is a form row
    row_array: np.ndarray  # the same, as an array
    _memo: dict = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, texts: list[str]) -> _Units:
        grams = [_text_grams.__wrapped__(t) for t in texts]  # not through the shared LRU: built once here
        with _GRAM_LOCK:
            codes = [_GRAM_IDS.setdefault(g, len(_GRAM_IDS)) for gs in grams for g in gs]
        owner = np.repeat(np.arange(len(texts), dtype=np.int32), [len(gs) for gs in grams])
        norms = np.array([len(gs) ** 0.2 if gs else 1.0 for gs in grams], dtype=np.float64)
        rows = tuple(bool(_FORM_ROW.search(t)) for t in texts)
        return cls(texts, np.array(codes, dtype=np.int32), owner, norms, rows, np.array(rows, dtype=bool))

    def memo(self, key, fn) -> tuple:
        """``tuple(fn(text) for each unit)``, remembered under ``key`` (what it computes, and its pattern)."""
        if key not in self._memo:
            if len(self._memo) >= 32:  # a question's own pattern (an asserted number) is a key of its own
                self._memo.clear()
            self._memo[key] = tuple(fn(t) for t in self.texts)
        return self._memo[key]

    def approximate(self, query_grams: set[str]) -> tuple[np.ndarray, np.ndarray]:
        """(``score(query_grams, unit)`` for every unit up to float rounding, whether the unit shares a bigram
        with the query). A unit sharing none scores exactly 0.0, as ``score`` gives it."""
        n = len(self.texts)
        ids = {gid: g for g in query_grams if (gid := _GRAM_IDS.get(g)) is not None}
        if not ids:
            return np.zeros(n), np.zeros(n, dtype=bool)
        idf, unseen = _idf()
        lookup = np.zeros(len(_GRAM_IDS), dtype=np.float64)  # every bigram id -> its weight if the query has it
        lookup[list(ids)] = [idf.get(g, unseen) for g in ids.values()]  # (weights are > 0: log((n+1)/(df+.5)))
        weights = lookup[self.codes]
        return np.bincount(self.owner, weights=weights, minlength=n) / self.norms, np.bincount(
            self.owner, weights=weights > 0, minlength=n) > 0


@functools.lru_cache(maxsize=1024)
def _units(clause: Clause, wants_attachment: bool, keep_heading: bool) -> _Units:
    return _Units.of(_candidates(clause, "附件" if wants_attachment else "", keep_heading))


def _best(units: _Units, query_grams: set[str], pool, parts, holds: list[bool], terms=None) -> tuple:
    """``max((value(i), -i, text, holds[i]) for i in pool)`` with value(i) = ((score + b) * m) * f * g for
    ``parts(i) = (b, m, f, g)``, as ``typed_quote`` ranks units (``terms``: those four as arrays over every
    unit, when the caller has them). Every unit is valued at once from bigram counts
    (``_Units.approximate``); only the units within a hair of the best are scored again by ``score`` itself,
    so the winner and its value are exactly those of scoring each unit in turn."""
    pool = np.asarray(list(pool), dtype=np.int64)
    approx, hit = units.approximate(query_grams)
    b, m, f, g = terms if terms is not None else np.array([parts(i) for i in pool.tolist()],
                                                           dtype=np.float64).reshape(len(pool), 4).T
    if terms is not None:
        b, m, f, g = b[pool], m[pool], f[pool], g[pool]
    values = (((approx[pool] + b) * m) * f) * g
    top = float(values.max())
    best, (idf, unseen) = None, _idf()
    for i in pool[values >= top - 1e-9 * max(1.0, abs(top))].tolist():
        b, m, f, g = parts(i)
        s = _score(query_grams, units.texts[i], idf, unseen) if hit[i] else 0.0
        candidate = ((((s + b) * m) * f) * g, -i, units.texts[i], holds[i])
        if best is None or candidate > best:
            best = candidate
    return best


# Words an asker puts in quotation marks ("我承担过省里的“尖兵”项目"): the notice's own words, said back to it.
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,16})[”\"」』]")


def _must(unit: str, query: str, value: re.Pattern | None) -> re.Pattern | None:
    """What a long unit's window must keep: the asked value (``value``), and any words the question quotes that the
    unit says ("…等类型企业的数字人才，以及承担省“尖兵”、“领雁”项目…" cut before 尖兵 left out what was asked)."""
    quoted = [re.escape(w) for w in dict.fromkeys(_QUOTED.findall(query or "")) if w in unit]
    if not quoted:
        return value
    return re.compile("|".join(([f"(?:{value.pattern})"] if value is not None else []) + quoted))


def keep_quoted(clause: Clause, quote: str, question: str) -> str:
    """``quote`` re-cut from its unit of ``clause`` so that it keeps the words ``question`` puts in quotation marks,
    when the unit says them and the quote left them out; else ``quote`` as it is."""
    quoted = [w for w in _QUOTED.findall(question or "") if w not in quote]
    if not quoted:
        return quote
    unit = next((u for u in _candidates(clause, question) if quote in u and any(w in u for w in quoted)), None)
    if unit is None:
        return quote
    return _window(unit, _query_grams(question), _must(unit, question, None))


def typed_quote(clause: Clause, query: str, asked, extra_terms: tuple[str, ...] = (), focus: str | None = None) -> Pick:
    """The unit of ``clause`` that best answers ``query`` among those holding a value of the asked type
    (``answer_types.AskedType``), else the best unit overall. Headings count as text. ``focus`` is the
    question's topic without its question words; the pick's ``relevance`` is scored on it alone."""
    grams = _query_grams(query, extra_terms)
    # A heading is a unit when it can hold a value ("（三）评审阶段（2023年4月）"), not a mere title.
    units = _units(clause, "附件" in query, bool(asked.strict))
    candidates = units.texts
    form_ok = bool(_ASKS_FORM.search(query))
    field_weight = _form_field(query)
    pattern = asked.pattern
    holds = list(units.memo(("holds", pattern), lambda c: bool(pattern.search(c))))
    # "那栏只能勾一个吗": the form's own row answers, whatever it holds; a value asked in a named unit ("照片要几寸")
    # must be in the row ("(2寸)"), or the form is silent on it
    rows_answer = field_weight > 1.0 and not getattr(asked, "unit_asked", False)
    if rows_answer:
        holds = [h or row for h, row in zip(holds, units.rows, strict=True)]
    issue, lines = False, [False] * len(candidates)
    if asked.type in ("date", "difference"):
        # The signature's date answers "通知几号发的" and nothing else; for that question it is the answer.
        from assistant.chat.rules.procedure_words import asks_issue, is_dateline

        issue = asks_issue(query)
        lines = list(units.memo(("dateline",), is_dateline))
        holds = [h and (line == issue) for h, line in zip(holds, lines, strict=True)]
    # Only the units holding a value of the asked type compete when there are any (scoring the others, which
    # cannot win, was most of a turn on long clauses); else all of them.
    pool = [i for i, held in enumerate(holds) if held] or range(len(candidates))
    # A list question counts what it lists: a procedure's steps, or the papers a materials list names.
    listing = getattr(asked, "listing", False)
    overview = getattr(asked, "overview", False) or listing
    step_words = None
    if overview:
        from assistant.chat.rules.procedure_words import step_words as named_steps

        step_words = asked.pattern if listing else named_steps()

    # an overview question wants the unit naming the most distinct steps
    steps = units.memo(("steps", step_words, listing), lambda t: len({
        m.group(0) for m in step_words.finditer(t) if not (listing and _CITED_DOCUMENT.search(m.group(0)))}
    )) if overview else None

    def parts(i: int) -> tuple[float, int, float, float]:
        n = steps[i] if overview else 1
        # (the +1 lets a unit that lists the steps without the question's words, "按照资格审核、专家评审…进行", win)
        return ((1.0 if n > 1 else 0.0), max(1, n), (field_weight if units.rows[i] else 1.0),
                (1.0 if form_ok or not units.rows[i] else FORM_ROW_WEIGHT))

    rows = units.row_array
    n_steps = np.asarray(steps, dtype=np.float64) if overview else np.ones(len(candidates))
    terms = ((n_steps > 1).astype(np.float64), np.maximum(1.0, n_steps), np.where(rows, field_weight, 1.0),
             np.where(rows & (not form_ok), FORM_ROW_WEIGHT, 1.0))
    best = _best(units, grams, pool, parts, holds, terms)
    quote = _window(best[2], grams, _must(best[2], query, asked.pattern if best[3] else None))
    if quote not in clause.text:  # cannot happen: every candidate is cut from the clause text
        raise AssertionError(f"quote is not a substring of {clause.clause_id}")
    relevance = score(_focus_grams(focus), best[2]) if focus else best[0]
    if focus and _ANAPHOR.match(best[2]) and best[2] in clause.text:
        # "以上材料均需纸质材料和电子文档各一份": what 以上 points back to (the papers listed before it, in this
        # clause) is the sentence's topic too ("申报表要几份")
        relevance = max(relevance, score(_focus_grams(focus), clause.text[:clause.text.index(best[2])]))
    if asked.type in ("date", "difference") and best[3] and issue and lines[candidates.index(best[2])]:
        from assistant.chat.rules.answer_types import threshold

        relevance = max(relevance, threshold())  # "通知几号发的": the signature's date is the answer
    held = bool(asked.pattern.search(quote)) or (rows_answer and bool(_FORM_ROW.search(quote)))
    return Pick(clause.clause_id, quote, best[0], best[3] and held, relevance)
