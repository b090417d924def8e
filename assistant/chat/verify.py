"""Verify what a language model wrote before a user sees it: every cited clause must exist, every quote
must be a substring of its clause, and no verdict may contradict the checker's."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.chat.answer import Citations
from assistant.chat.quotes import best_quote
from assistant.eligibility.model import VERDICT_LABELS, Verdict
from assistant.notices.tree import Corpus, normalize_clause_id
from assistant.programs import generation, get_pack, program_ids

__all__ = ["Verified", "verify_citations", "enforce_verdicts", "clause_ref", "CLAUSE_REF"]  # noqa: F822 - from __getattr__

_SEG = r"(?:附件\d*|前言|[一二三四五六七八九十]{1,3}|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2})"


@functools.lru_cache(maxsize=4)
def _clause_ref(generation: int) -> re.Pattern:
    ids = "|".join(re.escape(p) for p in sorted(program_ids(), key=len, reverse=True))
    return re.compile(rf"[\[【]?((?:{ids}|[a-z][a-z_]*_\d{{4}})#{_SEG}(?:/{_SEG})*)[\]】]?")


def clause_ref() -> re.Pattern:
    """A clause ID as a model may write it, for the programmes registered now."""
    return _clause_ref(generation())


def __getattr__(name: str):
    if name == "CLAUSE_REF":  # kept for callers that want the pattern as a constant
        return clause_ref()
    raise AttributeError(name)
_QUOTE_AFTER = re.compile(r"\s*[:：]?\s*[“\"]([^”\"]{2,300})[”\"]")


@dataclass(frozen=True)
class Verified:
    text: str
    problems: tuple[str, ...]


def verify_citations(text: str, corpus: Corpus, cites: Citations, question: str) -> Verified:
    """Replace each ``[clause_id] “quote”`` the model wrote with a checked quote and a numbered marker."""
    problems: list[str] = []
    out, pos = [], 0
    for m in clause_ref().finditer(text):
        out.append(text[pos:m.start()])
        pos = m.end()
        clause_id = normalize_clause_id(m.group(1))
        quoted = _QUOTE_AFTER.match(text, pos)
        if not corpus.has(clause_id):
            problems.append(f"模型引用了不存在的条款“{m.group(1)}”，已删除。")
            if quoted:
                pos = quoted.end()
            continue
        clause = corpus.clause(clause_id)
        if quoted:
            pos = quoted.end()
            quote = quoted.group(1).strip()
            if quote not in clause.text:
                problems.append(f"模型对 {clause_id} 的引文与原文不符，已换成原文。")
                quote = best_quote(clause, question)
        else:
            quote = best_quote(clause, question)
        out.append(f"{clause_id.split('#', 1)[1]}：“{quote}”{cites.mark(clause_id, quote)}")
    out.append(text[pos:])
    return Verified("".join(out), tuple(problems))


_CLAIMS = (
    ("direct_recognition", re.compile(r"直接认定")),
    ("not_eligible", re.compile(r"不符合|不能申报|不可以申报|不具备|不够条件|没有资格|不能参评")),
    ("needs_review", re.compile(r"需要?进一步核实|需要核实|待核实|需人工|needs_review")),
    ("eligible", re.compile(r"符合条件|符合申报条件|可以申报|能申报|具备申报资格|够条件|有资格")),
)
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?\n?")


def _claimed(sentence: str) -> str | None:
    for verdict, pattern in _CLAIMS:
        if pattern.search(sentence):
            return verdict
    return None


def enforce_verdicts(text: str, verdicts: Sequence[Verdict], corpus: Corpus) -> Verified:
    """Sentences whose verdict contradicts the checker's are replaced by the checker's verdict."""
    if not verdicts:
        return Verified(text, ())
    names = {v.program: _names(corpus, v.program) for v in verdicts}
    by_program = {v.program: v.verdict for v in verdicts}
    problems, out = [], []
    for sentence in _SENTENCE.findall(text):
        claim = _claimed(sentence)
        if claim is None:
            out.append(sentence)
            continue
        named = [p for p, words in names.items() if any(w in sentence for w in words)]
        targets = named or (list(by_program) if len(by_program) == 1 else [])
        wrong = [p for p in targets if not _compatible(claim, by_program[p])]
        if not wrong:
            out.append(sentence)
            continue
        fixed = "；".join(f"{corpus.meta(p).short_name}：{VERDICT_LABELS[by_program[p]]}" for p in wrong)
        out.append(f"【以资格检查器的结论为准】{fixed}。" + ("\n" if sentence.endswith("\n") else ""))
        problems.append("模型的结论与资格检查器不一致，已按检查器更正。")
    return Verified("".join(out), tuple(dict.fromkeys(problems)))


def _compatible(claim: str, verdict: str) -> bool:
    if claim == verdict:
        return True
    return claim == "eligible" and verdict == "direct_recognition"


def _names(corpus: Corpus, program: str) -> tuple[str, ...]:
    meta = corpus.meta(program)
    return (meta.short_name, meta.honour, *get_pack(program).names)
